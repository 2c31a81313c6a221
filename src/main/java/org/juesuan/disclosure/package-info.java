/**
 * The department's own 情况说明 (the written part of a 决算 disclosure) held against its tables: every figure the
 * text states — amounts, changes, growth rates, shares, sums stated in prose — is checked against the warehouse
 * and against the text's own arithmetic ({@code check-text}). The phrases the text uses for each figure are data:
 * {@code src/main/resources/disclosure/figures.yaml}.
 */
package org.juesuan.disclosure;
