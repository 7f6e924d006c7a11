/**
 * Figures of a period (研判 and the contents of bulletins, SPEC §9): per jurisdiction and period the enterprises and
 * points, online rate, data quality, alarms, warnings, handling timeliness, commitments, patrols, rectifications, the
 * ranking of subordinate jurisdictions, the enterprises to be named, each against the previous period.
 */
package org.hazwatch.platform.analysis;
