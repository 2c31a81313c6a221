/**
 * The 汇总 (consolidated accounts): the thirteen tables summed over the current versions of a year's departments,
 * written in the standard printed layout as a workbook juesuan's own reader reads back (`export summary`).
 */
package org.juesuan.summary;
