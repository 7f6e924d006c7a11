/**
 * The rules of notification (通知推送), plain Java: who is told of what by which medium (the routing table), when
 * (grouping window, quiet hours, repeat intervals), and the zh-CN texts.
 */
package org.hazwatch.platform.notify.rules;
