package dev.umbrella.roi;

import java.util.ArrayList;
import java.util.List;

/**
 * How one output of each kind is valued by each {@link Method}: a product of {@code assumptions.csv}
 * rows giving USD per output, or the reason it is not added to that method's ROI. Every kind has two ways; where one
 * output would be valued twice (a fix and the advisory that announces it, a report and the package it removes, a
 * feature and the adoption it brings), one of them is shown but counted under the other, so one harm is valued once.
 */
final class Valuation {
    /** The chain a published or fixed vulnerability's expected loss avoided follows. */
    static final List<String> VULNERABILITY_LOSS = List.of(
            "cve_exploited_share_1y",
            "breaches_per_exploited_cve",
            "loss_per_incident",
            "vulnerability_risk_reduction");
    /** Expected loss per malicious release reaching installs: installs × harm per install × loss per incident. */
    static final List<String> RELEASE_LOSS =
            List.of("downloads_per_malicious_package", "harm_probability_per_install", "loss_per_incident");

    /**
     * One way to value an output.
     *
     * @param factors USD per output as a product of parameters; empty when not valued
     * @param key the factor a break-even solves for
     * @param why why the way is not added to its method's ROI (not valued, or counted under another kind); empty
     *     when it is added
     */
    record Way(List<String> factors, String key, String why) {
        static Way of(String key, List<String> factors) {
            return new Way(factors, key, "");
        }

        static Way notValued(String why) {
            return new Way(List.of(), "", why);
        }

        static Way countedUnder(String other, List<String> factors, String key) {
            return new Way(factors, key, "not added: valued once, under " + other);
        }
    }

    private Valuation() {}

    /** What one output is, in words. */
    static String unit(String kind, String detail) {
        switch (kind) {
            case "advisory_published":
                return "advisory";
            case "vulnerability_fixed":
                return "vulnerability fixed";
            case "audit_finding_remediated":
                return "remediated " + detail + "-severity audit finding";
            case "security_feature_shipped":
                return "security feature shipped";
            case "adoption_milestone":
                switch (detail) {
                    case "accounts_2fa":
                        return "account with 2FA";
                    case "signed_gems":
                        return "top gem signed with Sigstore";
                    case "sbom_adopters":
                        return "adopter of the SBOM standard";
                    case "cna_adopters":
                        return "new CVE Numbering Authority";
                    default:
                        return "adopter (" + detail + ")";
                }
            case "malware_report_handled":
                return "malware report handled";
            case "package_removed":
                return "malicious package removed or quarantined";
            case "incident_handled":
                return "incident handled";
            default:
                throw new IllegalArgumentException("unknown output kind '" + kind + "'");
        }
    }

    /**
     * The way a method values one output of the kind. {@code withAdvisories}: the engineer also published advisories
     * in the window, so a fixed vulnerability's expected loss is counted with its advisory, not again.
     */
    static Way of(String kind, String detail, Method method, boolean withAdvisories) {
        boolean market = method == Method.MARKET_PRICE;
        switch (kind) {
            case "advisory_published":
                return market
                        ? Way.of("advisory_published_market_price", List.of("advisory_published_market_price"))
                        : Way.of("vulnerability_risk_reduction", VULNERABILITY_LOSS);
            case "vulnerability_fixed":
                if (market) {
                    return Way.of("vulnerability_fixed_market_price", List.of("vulnerability_fixed_market_price"));
                }
                return withAdvisories
                        ? Way.countedUnder(
                                "advisory_published (the advisory announces the fix)",
                                VULNERABILITY_LOSS,
                                "vulnerability_risk_reduction")
                        : Way.of("vulnerability_risk_reduction", VULNERABILITY_LOSS);
            case "audit_finding_remediated":
                if (market) {
                    String price = "audit_finding_market_price_" + detail;
                    return Way.of(price, List.of(price));
                }
                switch (detail) {
                    case "high":
                        return Way.of("vulnerability_risk_reduction", VULNERABILITY_LOSS);
                    case "medium":
                    case "low":
                        return Way.of(
                                "vulnerability_risk_reduction",
                                concat(VULNERABILITY_LOSS, "severity_weight_" + detail));
                    default:
                        return Way.notValued("not valued: an informational finding describes no exploitable flaw");
                }
            case "security_feature_shipped":
                return market
                        ? Way.of("security_feature_market_price", List.of("security_feature_market_price"))
                        : Way.notValued("not added: a feature's loss avoided is valued through its adoption "
                                + "(adoption_milestone), where the ledger counts it");
            case "adoption_milestone":
                if (!detail.equals("accounts_2fa")) {
                    return Way.notValued("not valued: no public price or loss rate per " + unit(kind, detail));
                }
                return market
                        ? Way.of("mfa_price_per_user_year", List.of("mfa_price_per_user_year"))
                        : Way.of(
                                "ato_annual_rate_per_account",
                                concat(
                                        List.of(
                                                "ato_annual_rate_per_account",
                                                "mfa_takeover_reduction",
                                                "p_malicious_release_given_ato"),
                                        RELEASE_LOSS));
            case "malware_report_handled":
                return market
                        ? Way.of("hours_per_malware_report", List.of("hours_per_malware_report", "ir_hourly_rate"))
                        : Way.notValued("not added: a report's loss avoided is the exposure of "
                                + "the package it removes (package_removed)");
            case "package_removed":
                return market
                        ? Way.notValued("not added: removing a package is the work of the report that "
                                + "found it, priced under malware_report_handled")
                        : null;
            case "incident_handled":
                return market
                        ? Way.of("hours_per_incident_handled", List.of("hours_per_incident_handled", "ir_hourly_rate"))
                        : Way.of(
                                "incident_harm_avoided_share",
                                concat(
                                        List.of("accounts_compromised_per_incident", "p_malicious_release_given_ato"),
                                        concat(RELEASE_LOSS, "incident_harm_avoided_share")));
            default:
                throw new IllegalArgumentException("unknown output kind '" + kind + "'");
        }
    }

    private static List<String> concat(List<String> a, String b) {
        return concat(a, List.of(b));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
