package org.sitrep.store.jdbc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventRow;

/** SQL for reading events and the mapping of rows to {@link EventRow}. */
final class EventReader {
    static final String COLUMNS = "global_event_id, article_id, event_id, cluster_id, story_id, day, actor1_name, actor1_code,"
            + " actor1_country_code, actor2_name, actor2_code, actor2_country_code, event_code, plover_type, goldstein,"
            + " num_sources, num_articles, contradicted, certainty, polarity, geo_name, geo_lat, geo_lon, source_url,"
            + " trigger_text";

    /**
     * The columns a timeline shows: id, day, participants, type and corroboration. Reading fewer
     * string columns is what keeps a timeline fast when an entity's events are spread over the
     * whole table; the article and event ids come from the global id (article id, '#', event id).
     */
    static final String TIMELINE_COLUMNS = "global_event_id, day, actor1_name, actor1_code, actor2_name, actor2_code,"
            + " event_code, plover_type, num_sources, num_articles, contradicted";

    private EventReader() {
    }

    /** A WHERE clause and its parameters. */
    record Where(String sql, List<Object> params) {
    }

    static Where where(EventQuery q) {
        StringBuilder sb = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.actor() != null) {
            sb.append(" AND actors LIKE ?");
            params.add("%|" + q.actor().toLowerCase(Locale.ROOT) + "|%");
        }
        if (q.target() != null) {
            sb.append(" AND targets LIKE ?");
            params.add("%|" + q.target().toLowerCase(Locale.ROOT) + "|%");
        }
        if (q.type() != null) {
            boolean cameo = q.type().chars().allMatch(Character::isDigit);
            sb.append(cameo ? " AND event_code = ?" : " AND plover_type = ?");
            params.add(cameo ? q.type() : q.type().toUpperCase(Locale.ROOT));
        }
        if (q.from() != null) {
            sb.append(" AND day >= ?");
            params.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sb.append(" AND day <= ?");
            params.add(Date.valueOf(q.to()));
        }
        if (q.minSources() > 0) {
            sb.append(" AND num_sources >= ?");
            params.add(q.minSources());
        }
        return new Where(sb.toString(), params);
    }

    /** Matching an entity as actor or target. */
    static Where participant(String entity) {
        String p = "%|" + entity.toLowerCase(Locale.ROOT) + "|%";
        return new Where(" WHERE (actors LIKE ? OR targets LIKE ?)", List.of(p, p));
    }

    /**
     * The events ({@link #TIMELINE_COLUMNS}) an entity takes part in, dated up to a day, as a query of
     * its own: actor matches, then target-only matches. Each branch filters single columns, which
     * DuckDB evaluates inside the scan before reading the other columns (an OR across two columns
     * would make it read every column of every row first).
     */
    static Where participantUntil(String entity, java.time.LocalDate lastDay) {
        String p = "%|" + entity.toLowerCase(Locale.ROOT) + "|%";
        Date last = Date.valueOf(lastDay);
        String select = "SELECT " + TIMELINE_COLUMNS + " FROM events WHERE ";
        return new Where(select + "actors LIKE ? AND day <= ? UNION ALL " + select
                + "targets LIKE ? AND coalesce(actors, '') NOT LIKE ? AND day <= ?", List.of(p, last, p, p, last));
    }

    static EventRow row(ResultSet rs) throws SQLException {
        Date day = rs.getDate("day");
        return new EventRow(rs.getString("global_event_id"), rs.getString("article_id"), rs.getString("event_id"),
                rs.getString("cluster_id"), rs.getString("story_id"), day == null ? null : day.toLocalDate(),
                rs.getString("actor1_name"), rs.getString("actor1_code"), rs.getString("actor1_country_code"),
                rs.getString("actor2_name"), rs.getString("actor2_code"), rs.getString("actor2_country_code"),
                rs.getString("event_code"), rs.getString("plover_type"), nullableDouble(rs, "goldstein"),
                rs.getInt("num_sources"), rs.getInt("num_articles"), rs.getBoolean("contradicted"),
                rs.getString("certainty"), rs.getString("polarity"), rs.getString("geo_name"),
                nullableDouble(rs, "geo_lat"), nullableDouble(rs, "geo_lon"), rs.getString("source_url"),
                rs.getString("trigger_text"));
    }

    /** A row of {@link #TIMELINE_COLUMNS}; the columns not read are null. */
    static EventRow timelineRow(ResultSet rs) throws SQLException {
        Date day = rs.getDate("day");
        String id = rs.getString("global_event_id");
        int hash = id.lastIndexOf('#');
        return new EventRow(id, hash < 0 ? null : id.substring(0, hash), hash < 0 ? null : id.substring(hash + 1), null, null,
                day == null ? null : day.toLocalDate(), rs.getString("actor1_name"), rs.getString("actor1_code"), null,
                rs.getString("actor2_name"), rs.getString("actor2_code"), null, rs.getString("event_code"),
                rs.getString("plover_type"), null, rs.getInt("num_sources"), rs.getInt("num_articles"),
                rs.getBoolean("contradicted"), null, null, null, null, null, null, null);
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }
}
