/**
 * Bulletins (信息通报, SPEC §9): a jurisdiction's figures of a week, a month or any period, rendered from
 * {@link org.hazwatch.platform.analysis.Report} into a PDF (A4, embedded CJK font, page numbers, document number) and
 * an Excel workbook (a sheet per table); issued on schedule and on demand, never changed once issued (a correction is
 * a new version), distributed to the subordinate regulators and the named enterprises.
 */
package org.hazwatch.platform.bulletin;
