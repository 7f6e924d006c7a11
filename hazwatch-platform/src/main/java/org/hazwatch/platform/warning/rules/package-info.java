/**
 * The warning model (预警模型, SPEC §6), plain Java; its level and factor types are exposed to other features
 * (disposal, notify, web) as the named interface {@code rules}.
 */
@NamedInterface("rules")
package org.hazwatch.platform.warning.rules;

import org.springframework.modulith.NamedInterface;
