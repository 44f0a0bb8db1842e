package nl.woonregie.verhuisbox.traject.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.verhuisbox.traject.Historie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the import of the team's spreadsheet of past cases: {@code vhb_historie_import} (one row per import
 * that stored something) and {@code vhb_historie} (the values of each imported row, by case).
 */
@Repository
public class HistorieRepository {

    private final JdbcClient jdbc;

    HistorieRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the imports of one team until the end of the transaction. */
    public void vergrendel(long team) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("woonregie.vhb_historie." + team).query()
                .listOfRows();
    }

    /** The stored values of these kenmerken of the team, by kenmerk (as {@link Historie.Rij#waarden()} names them). */
    public Map<String, Map<String, Object>> waarden(long team, List<String> kenmerken) {
        Map<String, Map<String, Object>> m = new HashMap<>();
        if (kenmerken.isEmpty()) {
            return m;
        }
        jdbc.sql("""
                select kenmerk, organisatie, aanmelddatum, geboortejaar, huishoudtype, uitkomst, einddatum, toetsdatum,
                       startdatum, dienstverlening, stopreden, bestemming_code, kinderen, remigrant, werkperspectief,
                       inkomen, opvang
                from vhb_historie where team_id = ? and kenmerk = any(?)""")
                .params(team, kenmerken.toArray(String[]::new))
                .query((rs, i) -> {
                    Map<String, Object> w = new LinkedHashMap<>();
                    w.put("organisatie", rs.getString(2));
                    w.put("aanmelddatum", rs.getObject(3, LocalDate.class));
                    w.put("geboortejaar", rs.getInt(4));
                    w.put("huishoudtype", rs.getString(5));
                    w.put("uitkomst", rs.getString(6));
                    w.put("einddatum", rs.getObject(7, LocalDate.class));
                    w.put("toetsdatum", rs.getObject(8, LocalDate.class));
                    w.put("startdatum", rs.getObject(9, LocalDate.class));
                    w.put("dienstverlening", rs.getString(10));
                    w.put("stopreden", rs.getString(11));
                    w.put("bestemmingCode", rs.getString(12));
                    w.put("kinderen", rs.getObject(13, Integer.class));
                    w.put("remigrant", rs.getObject(14, Boolean.class));
                    w.put("werkperspectief", rs.getObject(15, Boolean.class));
                    w.put("inkomen", rs.getString(16));
                    w.put("opvang", rs.getString(17));
                    return m.put(rs.getString(1), w);
                }).list();
        return m;
    }

    /** Records an import that stored rows; returns its id. */
    public long import_(long team, String bestandsnaam, String soort, String sha256, int regels, int nieuw,
            int ongewijzigd, String door) {
        return jdbc.sql("""
                insert into vhb_historie_import (team_id, bestandsnaam, soort, sha256, aantal_regels, aantal_nieuw,
                    aantal_ongewijzigd, door) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(team, bestandsnaam, soort, sha256, regels, nieuw, ongewijzigd, door).query(Long.class)
                .single();
    }

    /** The rows' values, each with the case made of it (same order). */
    public void rijen(long team, long importId, List<Long> casussen, List<Historie.Rij> rijen) {
        List<Historie.Rij> r = rijen;
        jdbc.sql("""
                insert into vhb_historie (casus_id, team_id, kenmerk, import_id, regel, organisatie, aanmelddatum,
                    toetsdatum, startdatum, einddatum, geboortejaar, huishoudtype, uitkomst, dienstverlening,
                    stopreden, bestemming_code, kinderen, remigrant, werkperspectief, inkomen, opvang)
                select x.casus, ?, x.kenmerk, ?, x.regel, x.organisatie, x.aanmeld, x.toets, x.start, x.eind, x.jaar,
                    x.type, x.uitkomst, x.dienst, x.stop, x.code, x.kinderen, x.remigrant, x.werk, x.inkomen, x.opvang
                from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as int[]), cast(? as text[]),
                    cast(? as date[]), cast(? as date[]), cast(? as date[]), cast(? as date[]), cast(? as int[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as int[]), cast(? as boolean[]), cast(? as boolean[]), cast(? as text[]),
                    cast(? as text[]))
                    as x (casus, kenmerk, regel, organisatie, aanmeld, toets, start, eind, jaar, type, uitkomst, dienst,
                          stop, code, kinderen, remigrant, werk, inkomen, opvang)""")
                .params(team, importId, casussen.toArray(Long[]::new),
                        ImportRepository.kolom(r, Historie.Rij::kenmerk, String[]::new),
                        ImportRepository.kolom(r, Historie.Rij::regel, Integer[]::new),
                        ImportRepository.kolom(r, Historie.Rij::organisatie, String[]::new),
                        ImportRepository.kolom(r, Historie.Rij::aanmelddatum, String[]::new),
                        ImportRepository.kolom(r, Historie.Rij::toetsdatum, String[]::new),
                        ImportRepository.kolom(r, Historie.Rij::startdatum, String[]::new),
                        ImportRepository.kolom(r, Historie.Rij::einddatum, String[]::new),
                        ImportRepository.kolom(r, Historie.Rij::geboortejaar, Integer[]::new),
                        ImportRepository.kolom(r, x -> x.huishoudtype().name(), String[]::new),
                        ImportRepository.kolom(r, x -> x.uitkomst().name(), String[]::new),
                        ImportRepository.kolom(r, x -> naam(x.dienstverlening()), String[]::new),
                        ImportRepository.kolom(r, x -> naam(x.stopreden()), String[]::new),
                        ImportRepository.kolom(r, Historie.Rij::bestemmingCode, String[]::new),
                        ImportRepository.kolom(r, Historie.Rij::kinderen, Integer[]::new),
                        ImportRepository.kolom(r, Historie.Rij::remigrant, Boolean[]::new),
                        ImportRepository.kolom(r, Historie.Rij::werkperspectief, Boolean[]::new),
                        ImportRepository.kolom(r, x -> naam(x.inkomen()), String[]::new),
                        ImportRepository.kolom(r, Historie.Rij::opvang, String[]::new))
                .update();
    }

    private static String naam(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
