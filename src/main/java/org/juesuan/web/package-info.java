/**
 * The web portal ({@code juesuan serve}): the department's window (upload, audit, 上报, history) and the bureau's
 * desk (season dashboard, versions, 退回/接收, runs) over the same read → map → audit → load code as the command line.
 * Started only by {@code serve}; no other command loads a class of this package.
 */
package org.juesuan.web;
