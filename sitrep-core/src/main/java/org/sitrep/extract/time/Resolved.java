package org.sitrep.extract.time;

import org.sitrep.model.TimexType;

/** A normalised value of one expression. */
record Resolved(TimexType type, String value, String beginPoint, String endPoint) {
    static Resolved of(TimexType type, String value) {
        return new Resolved(type, value, null, null);
    }
}
