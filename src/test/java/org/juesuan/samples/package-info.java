/**
 * The sample generator — test code, never in the product jar.
 *
 * <p>It models what a department submits ({@link org.juesuan.samples.DepartmentAccounts},
 * {@link org.juesuan.samples.AccountRow}, keyed as in {@code docs/contract.md} §3), builds three 米易县 departments
 * from 项-level ledgers so every table is consistent by construction (the seed department then gets the
 * contradictions its published text carries), and prints them in the Sichuan 2023 layout of {@code docs/tables.md}
 * as xlsx/xls workbooks. {@link org.juesuan.samples.SampleGenerator} writes the committed {@code samples/},
 * {@link org.juesuan.samples.CorpusGenerator} the variant corpus, {@link org.juesuan.samples.BulkSubmissions} the
 * benchmark corpus.
 *
 * <p><b>Why it does not reuse the reader's layout model.</b> It is the oracle of the round-trip tests: it writes
 * tables from its own description of the printed layout ({@link org.juesuan.samples.PrintedLayouts}), so a mistake
 * in {@code src/main/resources/layouts/*.yaml} or in the reader cannot be written and read back the same wrong way.
 * Keep it independent: no import of {@code org.juesuan.layout}, {@code mapping} or {@code validate} here.
 */
package org.juesuan.samples;
