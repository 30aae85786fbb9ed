/** Case management for the quality benchmark selection procedure (质量标杆遴选) on Camunda 7. */
package org.caq.benchmark;
