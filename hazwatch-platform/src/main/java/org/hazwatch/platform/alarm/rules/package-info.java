/**
 * The alarm engine's rules (报警规则): ISA-18.2 states, severities, priorities, kinds. Published as the named
 * interface {@code rules} so views can name states and kinds and tell a refused operation apart.
 */
@NamedInterface("rules")
package org.hazwatch.platform.alarm.rules;

import org.springframework.modulith.NamedInterface;
