package org.sitrep.store;

import java.time.LocalDate;

/**
 * One stored event, with columns named after GDELT's event table where they mean the same
 * (SQLDATE, Actor1Name, Actor1Code, Actor1CountryCode, Actor2…, EventCode, NumSources,
 * NumArticles, ActionGeo_Lat/Long, SOURCEURL) and Sitrep's own beside them.
 */
public record EventRow(String globalEventId, String articleId, String eventId, String clusterId, String storyId,
                       LocalDate day, String actor1Name, String actor1Code, String actor1CountryCode,
                       String actor2Name, String actor2Code, String actor2CountryCode, String eventCode,
                       String ploverType, Double goldstein, int numSources, int numArticles, boolean contradicted,
                       String certainty, String polarity, String geoName, Double geoLat, Double geoLon,
                       String sourceUrl, String trigger) {
    /** GDELT's SQLDATE (YYYYMMDD) or null. */
    public Integer sqlDate() {
        return day == null ? null : day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }
}
