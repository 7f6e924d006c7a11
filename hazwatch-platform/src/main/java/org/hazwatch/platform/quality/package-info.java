/**
 * Data quality (数据质量): per enterprise and day the access, online, timeliness, validity, video-online and
 * completeness rates, the score and grade of SPEC §9; per jurisdiction the mean.
 */
package org.hazwatch.platform.quality;
