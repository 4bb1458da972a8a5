/** Evaluation against real gold data and benchmarks; reads data from a path, ships none of it. */
package org.sitrep.eval;
