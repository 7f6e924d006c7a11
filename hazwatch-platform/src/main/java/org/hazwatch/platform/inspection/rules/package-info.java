/**
 * The rules of the regulators' daily supervision (SPEC §9), plain Java; the patrol items, results, rounds and verdicts
 * and the rectification states and policy are exposed to other features (notify, web, demo) as the named interface
 * {@code rules}.
 */
@NamedInterface("rules")
package org.hazwatch.platform.inspection.rules;

import org.springframework.modulith.NamedInterface;
