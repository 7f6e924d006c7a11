/**
 * The rules of bulletins (信息通报, SPEC §9) in plain Java: their periods and calendar, document numbers (文号), and
 * how figures are written in them.
 */
package org.hazwatch.platform.bulletin.rules;
