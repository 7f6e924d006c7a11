/**
 * The rules of commitment duties (SPEC §8), plain Java; exposed to other features (the demo seed, the warning model) as
 * the named interface {@code rules}.
 */
@NamedInterface("rules")
package org.hazwatch.platform.commitment.rules;

import org.springframework.modulith.NamedInterface;
