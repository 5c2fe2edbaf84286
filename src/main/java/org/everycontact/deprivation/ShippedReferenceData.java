package org.everycontact.deprivation;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The real published files shipped in the application (see reference-data/SOURCES.md), imported
 * into the database on first start (a database with no reference release) so that the service
 * works out of the box, then the index is built. Later starts only build the index, so releases a
 * user imported are never overwritten by the shipped ones.
 *
 * <p>Postcode files are listed oldest information first: where two files hold a postcode, the later
 * one's LSOAs and termination win, and NSPL is last because it alone marks terminated postcodes.
 */
@Singleton
public class ShippedReferenceData {

    private static final Logger LOG = Logger.getLogger(ShippedReferenceData.class);
    static final String ROOT = "reference-data/";
    private static final List<String> NSPL_AREAS = List.of("DG", "DT", "FK", "GY", "HG", "HR", "HS", "HX", "IM",
            "JE", "KW", "LD", "PH", "SM", "SR", "TD", "TF", "WC", "WN", "ZE");

    static final List<String> FILES = Stream.concat(Stream.of(
                    "lookups/lsoa11_to_lsoa21_best_fit_lookup_england_wales_v2.csv",
                    "imd/england/File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv",
                    "imd/england/File_1_IoD2025_Index_of_Multiple_Deprivation.csv",
                    "imd/wales/imd2019_wales_lsoa11.csv",
                    "imd/wales/wimd-2025-index-and-domain-ranks-by-small-area.csv",
                    "imd/scotland/imd2020_scotland_dz11.csv",
                    "imd/northern_ireland/IMD_Dec_2017_Lookup_in_NI_ons_lookups_026.csv",
                    "postcodes/wimd2019_postcode_lookup_wales.csv.gz",
                    "postcodes/onspd_100000.csv",
                    "postcodes/trafford_postcodes.csv"),
            NSPL_AREAS.stream().map(area -> "postcodes/nspl_nov2021/NSPL_NOV_2021_UK_" + area + ".csv.gz"))
            .toList();

    private final ReferenceImporter importer;
    private final DeprivationConfig config;

    public ShippedReferenceData(ReferenceImporter importer, DeprivationConfig config) {
        this.importer = importer;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.blockStartup()) {
            load();
        } else {
            Thread loader = new Thread(this::load, "reference-data-loader");
            loader.setDaemon(true);
            loader.start();
        }
    }

    private void load() {
        try {
            if (config.loadShippedData() && importer.isEmpty()) {
                for (String file : FILES) {
                    ImportResult result = importer.load(file, () -> open(file), bytes -> { });
                    if (!result.unchanged()) {
                        LOG.infof("imported shipped %s: %d rows stored, %d rejected", file, result.rowsStored(),
                                result.rowsRejected());
                    }
                }
            }
            importer.rebuildIndex();
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.errorf("reference data could not be loaded (%s: %s); deprivation stays unavailable",
                    e.getClass().getName(), e.getMessage());
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = ShippedReferenceData.class.getClassLoader().getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IOException("shipped reference file missing: " + file);
        }
        return in;
    }
}
