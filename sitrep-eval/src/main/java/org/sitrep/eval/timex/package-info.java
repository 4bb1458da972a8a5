/**
 * TIMEX3 evaluation: TimeML (TempEval-3) and MEANTIME CAT readers, the TempEval-3 scorer, and the
 * run that compares Sitrep's time tagger with SUTime on the same documents.
 */
package org.sitrep.eval.timex;
