package org.hazwatch.platform.bulletin;

import java.time.LocalDate;
import org.hazwatch.platform.analysis.Report;
import org.hazwatch.platform.bulletin.rules.BulletinPeriod;

/**
 * What a bulletin's documents are made of: its heading (document number, version, title, issuer, date) and the
 * report of its period.
 *
 * @param issuer   who issues it: the jurisdiction's emergency management bureau (泽州县应急管理局)
 * @param issuedOn the day of issue in the platform's zone
 */
record BulletinContent(String number, int version, String title, String issuer, LocalDate issuedOn,
                       BulletinPeriod period, Report report) {

    /** The file name without extension: 泽应急通报〔2026〕12号, with 第2版 for a correction. */
    String fileName() {
        return version > 1 ? number + "（第" + version + "版）" : number;
    }
}
