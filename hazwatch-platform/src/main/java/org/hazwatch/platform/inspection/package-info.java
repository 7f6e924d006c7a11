/**
 * The regulators' daily supervision (巡查抽查, 整改台账, 核查): patrols and spot checks, compliance, rectification
 * orders, penalties and outside bulletins, verification of alarms and warnings.
 */
package org.hazwatch.platform.inspection;
