/**
 * Sample 部门决算 submissions: a model of what a department submits ({@link org.juesuan.samples.DepartmentAccounts},
 * {@link org.juesuan.samples.AccountRow}, keyed as in CONTRACT §3), three 米易县 departments built from 项-level
 * ledgers so every table is consistent by construction (the seed department then gets the contradictions its
 * published text carries), and a writer that prints them in the Sichuan 2023 layout of tables.md as xlsx/xls
 * workbooks. {@link org.juesuan.samples.SampleGenerator} writes the committed files in {@code samples/}.
 */
package org.juesuan.samples;
