/**
 * Retention of the project's own records: a case's rows and stored files go when the engine's history cleanup has
 * removed the history of every case concerning it, never while one runs or its title is held (decision 0077).
 */
package org.caq.benchmark.retention;
