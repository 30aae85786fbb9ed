/**
 * What no request may do, whoever sends it: move a case other than through its steps (only the administrator may),
 * change anything as a read-only role, or hand the engine a Java object to deserialize. Enforced in the engine and
 * in front of both REST APIs, so every endpoint and every webapp is covered (docs/security.md).
 */
package org.caq.benchmark.guard;
