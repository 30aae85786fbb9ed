/** Application materials: files kept outside the engine, streamed, checksummed, within a size budget. */
package org.caq.benchmark.documents;
