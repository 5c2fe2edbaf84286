package org.everycontact.deprivation;

/**
 * The deprivation indices EveryContact knows. Only the English IMD sets Core20; the devolved
 * indices are reported as their own nation's and never compared with England's.
 */
public enum IndexEdition {
    IMD2019(Nation.ENGLAND, 2011, "English Indices of Deprivation 2019 (MHCLG)"),
    IMD2025(Nation.ENGLAND, 2021, "English Indices of Deprivation 2025 (MHCLG)"),
    WIMD2019(Nation.WALES, 2011, "Welsh Index of Multiple Deprivation 2019 (Welsh Government)"),
    WIMD2025(Nation.WALES, 2021, "Welsh Index of Multiple Deprivation 2025 (Welsh Government)"),
    SIMD2020(Nation.SCOTLAND, 2011, "Scottish Index of Multiple Deprivation 2020v2 (Scottish Government)"),
    NIMDM2017(Nation.NORTHERN_IRELAND, 2001, "Northern Ireland Multiple Deprivation Measure 2017 (NISRA)");

    private final Nation nation;
    private final Integer lsoaVintage;
    private final String title;

    IndexEdition(Nation nation, int lsoaVintage, String title) {
        this.nation = nation;
        this.lsoaVintage = lsoaVintage;
        this.title = title;
    }

    public Nation nation() {
        return nation;
    }

    /** The census year of the small areas the index is published for. */
    public Integer lsoaVintage() {
        return lsoaVintage;
    }

    public String title() {
        return title;
    }
}
