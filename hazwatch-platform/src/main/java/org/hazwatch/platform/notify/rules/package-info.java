/**
 * The rules of notification (通知推送), plain Java: who is told of what by which medium (the routing table), when
 * (grouping window, quiet hours, repeat intervals), and the zh-CN texts; exposed (the demo's receivers check robot
 * signatures with them) as the named interface {@code rules}.
 */
@NamedInterface("rules")
package org.hazwatch.platform.notify.rules;

import org.springframework.modulith.NamedInterface;
