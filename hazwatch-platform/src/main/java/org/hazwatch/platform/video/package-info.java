/**
 * Video (视频, SPEC §11): camera status and presence, AI-analysis events with snapshots, live view and playback
 * through the enterprise's gateway, event clips and storage limits.
 */
package org.hazwatch.platform.video;
