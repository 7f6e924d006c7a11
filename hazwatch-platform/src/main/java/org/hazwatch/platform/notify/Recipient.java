package org.hazwatch.platform.notify;

import org.hazwatch.platform.notify.rules.Medium;

/**
 * One address to reach by one medium.
 *
 * @param address phone, e-mail address, robot name, or for the feed the enterprise code
 * @param role    what the person is to the occasion: 值班室, 主要负责人, 包保责任人, 值班员 …
 * @param channel for a robot, its channel ({@code dingtalk}/{@code wecom}); else null
 */
record Recipient(Medium medium, String address, String name, String role, String channel) {
}
