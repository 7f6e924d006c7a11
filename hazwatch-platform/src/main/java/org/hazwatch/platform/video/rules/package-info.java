/**
 * The rules of video in plain Java (SPEC §11): the AI event types, when a camera counts as offline, what a
 * snapshot must be, and when the duty room was left unattended.
 */
@org.springframework.modulith.NamedInterface("rules")
package org.hazwatch.platform.video.rules;
