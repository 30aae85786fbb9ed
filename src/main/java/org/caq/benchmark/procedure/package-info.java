/** What every stage of the procedure shares: reading submitted form values on the server, the model conventions. */
package org.caq.benchmark.procedure;
