/** The rules of the cascade in plain Java (SPEC §12): back-off after failures, what a platform registration needs. */
package org.hazwatch.platform.cascade.rules;
