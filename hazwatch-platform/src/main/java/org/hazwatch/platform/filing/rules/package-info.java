/**
 * The rules of filing duties (SPEC §8), plain Java; exposed to other features (the demo seed, the warning model) as
 * the named interface {@code rules}.
 */
@NamedInterface("rules")
package org.hazwatch.platform.filing.rules;

import org.springframework.modulith.NamedInterface;
