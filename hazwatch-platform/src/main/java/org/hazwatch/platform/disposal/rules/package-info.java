/**
 * The rules of handling (处置) and supervision (督办, SPEC §7), plain Java: the case's state machine, the deadlines
 * per level, the escalation ladder, cause categories and feedback photos. Exposed to other features (web, notify,
 * bulletins) as the named interface {@code rules}.
 */
@NamedInterface("rules")
package org.hazwatch.platform.disposal.rules;

import org.springframework.modulith.NamedInterface;
