/**
 * The rules of bulletins (信息通报, SPEC §9) in plain Java: their periods and calendar, document numbers (文号), and
 * how figures are written in them; exposed to other features (web) as the named interface {@code rules}.
 */
@NamedInterface("rules")
package org.hazwatch.platform.bulletin.rules;

import org.springframework.modulith.NamedInterface;
