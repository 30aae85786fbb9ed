package org.caq.benchmark.dashboard;

import java.util.List;

/**
 * One chart of the dashboard as a table: the browser draws it (ECharts, {@code kind} says how), the same rows download
 * as a spreadsheet. The first column labels the rows; the others are the series, named by their headers.
 */
record Chart(String id, String title, String kind, List<String> headers, List<List<Object>> rows) {
}
