/**
 * The rules of alarms (SPEC §5), plain Java; exposed to other features (the web console's health page) as the named
 * interface {@code rules}.
 */
@NamedInterface("rules")
package org.hazwatch.platform.alarm.rules;

import org.springframework.modulith.NamedInterface;
