/**
 * The rules request fields share, as Jakarta Bean Validation constraints: each rule is declared once here and named on
 * every record component it applies to. Lengths are counted in code points (what JSON Schema's {@code maxLength}
 * counts), after the normalization and case folding a field is compared in.
 */
package io.orgkit.api.validation;
