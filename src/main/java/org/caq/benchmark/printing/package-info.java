/** Printable documents and spreadsheets: A4 PDFs in the fonts of seed 001 annex 3, .xlsx exports, their downloads. */
package org.caq.benchmark.printing;
