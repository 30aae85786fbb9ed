/** What the application answers while its database cannot be reached: 503 with a Chinese message, and recovery by itself. */
package org.caq.benchmark.availability;
