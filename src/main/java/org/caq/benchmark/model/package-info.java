/**
 * The names the BPMN models and forms share with Java, one class per process: process keys, variable and form
 * field names, message names, the element ids Java needs, the groups of the procedure. Depends on no stage package,
 * so every package may use it (PackageCyclesTest).
 */
package org.caq.benchmark.model;
