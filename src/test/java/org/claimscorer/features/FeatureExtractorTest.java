package org.claimscorer.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimscorer.claim.Claim;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    private final FeatureExtractor extractor = FeatureExtractor.bundled();

    private AttributionFeatures extract(String claim, String context) {
        return extractor.extract(Claim.of(claim, context));
    }

    @Test
    void namedOfficialBeforeCueGivesExactFeatureList() {
        AttributionFeatures f = extract("Mayor Ortiz said the bridge would reopen.", "");
        assertEquals(List.of("bias", "cue=say", "src=NAMED_OFFICIAL", "src.head=ortiz", "cue+src=say|NAMED_OFFICIAL",
                "src.pos=before", "w=mayor", "w=<cap>", "w=said", "w=the", "w=bridge", "w=would", "w=reopen"), f.names());
        assertEquals(new Evidence("Mayor Ortiz", 0, 11, Origin.CLAIM), f.source());
        assertEquals(new Evidence("said", 12, 16, Origin.CLAIM), f.cue());
    }

    @Test
    void plainFactGetsNoAttributionFeatures() {
        AttributionFeatures f = extract("The bridge was closed on Monday.", "");
        assertNull(f.source());
        assertNull(f.cue());
        assertTrue(f.names().contains("attr=none"));
        assertTrue(f.names().stream().noneMatch(n -> n.startsWith("cue=") || n.startsWith("hedge") || n.startsWith("denial")));
    }

    @Test
    void hedgeIsReportedWithItsSpan() {
        AttributionFeatures f = extract("The factory was reportedly closed last week.", "");
        assertEquals(List.of(new Evidence("reportedly", 16, 26, Origin.CLAIM)), f.hedges());
        assertTrue(f.names().contains("hedge=reportedly"));
    }

    @Test
    void deniedClaimHasDenialFeature() {
        AttributionFeatures f = extract("The Kremlin dismissed the reports as fake news.", "");
        assertEquals(List.of("dismissed", "fake news"), f.denials().stream().map(Evidence::text).toList());
        assertTrue(f.names().contains("denial"));
    }

    @Test
    void declinedToCommentIsNoDenial() {
        AttributionFeatures f = extract("The spokesman declined to comment and did not deny the report.", "");
        assertTrue(f.denials().isEmpty());
        assertTrue(f.names().contains("denial.negated"));
    }

    @Test
    void negatedCueAttributesNothing() {
        for (String claim : List.of("The company did not say how many customers were affected.",
                "Gov. Elaine Strand has not said whether she would sign the bill.",
                "She wouldn't confirm the figure.")) {
            AttributionFeatures f = extract(claim, "");
            assertNull(f.source(), claim);
            assertNull(f.cue(), claim);
            assertTrue(f.names().contains("attr=none"), claim);
        }
    }

    @Test
    void appositiveProfessionMakesANamedExpert() {
        AttributionFeatures f = extract("The homes are vulnerable, said Levan Gorsky, a seismologist at Vesh State University.", "");
        assertEquals("Levan Gorsky, a seismologist at Vesh State University", f.source().text());
        assertTrue(f.names().contains("src=NAMED_EXPERT"));
    }

    @Test
    void speakerInARelativeClauseOnANounIsSubordinate() {
        AttributionFeatures f = extract("Three prisoners were freed, a move that local lawyers said was linked to the deal.", "");
        assertNull(f.source());
        assertTrue(f.names().containsAll(List.of("cue.sub=say", "src.sub=UNNAMED_GROUP", "attr=none")));
    }

    @Test
    void clockTimeIsNoColonSpeaker() {
        AttributionFeatures f = extract("11:30 GMT \u2014 Korvath's state media has now confirmed the launch.", "");
        assertEquals(new Evidence("Korvath's state media", 12, 33, Origin.CLAIM), f.source());
        assertEquals(new Evidence("confirmed", 42, 51, Origin.CLAIM), f.cue());
    }

    @Test
    void objectOfANonReportingVerbIsNotItsSpeaker() {
        AttributionFeatures f = extract("BusinessKellan, the bloc's main industry lobby, called the breakdown \"a missed opportunity.\"", "");
        assertEquals("BusinessKellan, the bloc's main industry lobby", f.source().text());
        assertTrue(f.names().contains("src=ORGANISATION"));
    }

    @Test
    void innermostSourceOfAChainIsTheSource() {
        AttributionFeatures f = extract("The Daily Herald reported that a local official said the mine was unsafe.", "");
        assertEquals("a local official", f.source().text());
        assertEquals(SourceType.UNNAMED_PERSON, f.sourceType());
        assertTrue(f.names().contains("src.also=NEWS_OUTLET"));
    }

    @Test
    void actSharingAReportingVerbIsNoInnerLinkOfAChain() {
        AttributionFeatures cited = extract("Mines Minister Olga Petrak told a radio station that inspectors had cited "
                + "the pit three times since 2022.", "");
        assertEquals("Mines Minister Olga Petrak", cited.source().text());
        assertEquals("told", cited.cue().text());
        AttributionFeatures informing = extract("Varga said on Friday that the board's letter informing him of the "
                + "decision gave no reason.", "");
        assertEquals("Varga", informing.source().text());
        AttributionFeatures citedBy = extract("Commission chair Ilse Brandt said the turnout figures cited by the "
                + "opposition contained typing errors.", "");
        assertEquals("Commission chair Ilse Brandt", citedBy.source().text());
        assertEquals(SourceType.NAMED_OFFICIAL, citedBy.sourceType());
    }

    @Test
    void reportingVerbWithAReportedClauseIsAnInnerLink() {
        AttributionFeatures f = extract("The mayor said that auditors had found that the fund was empty.", "");
        assertEquals("auditors", f.source().text());
        assertEquals("found", f.cue().text());
    }

    @Test
    void companyNamedForItsTradeIsAnOrganisation() {
        AttributionFeatures ratings = extract("The merger, Halvard Ratings said in a note to clients, faces real risk.", "");
        assertEquals("Halvard Ratings", ratings.source().text());
        assertEquals(SourceType.ORGANISATION, ratings.sourceType());
        AttributionFeatures school = extract("The school said in a letter to parents that lessons would resume.", "");
        assertEquals(SourceType.ORGANISATION, school.sourceType());
    }

    @Test
    void parentheticalAboutTheSayingIsNotPartOfTheSource() {
        AttributionFeatures f = extract("The utility, in a filing with the regulator on Tuesday, said its losses "
                + "had doubled.", "");
        assertEquals("The utility", f.source().text());
        assertEquals(SourceType.ORGANISATION, f.sourceType());
        assertEquals("said", f.cue().text());
    }

    @Test
    void withParticipleTailDoesNotCarryTheSentence() {
        AttributionFeatures f = extract("Shares in Halden Mutual rose 4% on Monday, with traders saying the bid "
                + "would succeed.", "");
        assertNull(f.source());
        assertTrue(f.names().contains("cue.sub=say"));
        assertTrue(f.names().contains("attr=none"));
    }

    @Test
    void noticesAndDraftsAreDocuments() {
        AttributionFeatures notices = extract("According to notices posted on the council's website, the pool "
                + "closed on 12 nights in March.", "");
        assertEquals("notices posted on the council's website", notices.source().text());
        assertEquals(SourceType.DOCUMENT, notices.sourceType());
        AttributionFeatures draft = extract("The levy would rise to 4%, according to a ministry draft seen by "
                + "the Courier.", "");
        assertEquals(SourceType.DOCUMENT, draft.sourceType());
    }

    @Test
    void attributionInRelativeClauseIsSubordinate() {
        AttributionFeatures f = extract("The bill, which the mayor said was overdue, passed on Monday.", "");
        assertNull(f.source());
        assertTrue(f.names().contains("cue.sub=say"));
        assertTrue(f.names().contains("attr=none"));
    }

    @Test
    void previousSentenceSourceIsOfferedForAClaimWithoutOne() {
        String context = "Senior officials from Kyiv and Seoul said engineers had been deployed. "
                + "The engineers are believed to be supporting the missile programme.";
        AttributionFeatures f = extract("The engineers are believed to be supporting the missile programme.", context);
        assertEquals(new Evidence("Senior officials from Kyiv and Seoul", 0, 36, Origin.CONTEXT), f.contextSource());
        assertEquals(SourceType.UNNAMED_GROUP, f.contextSourceType());
        assertEquals(new TextSpan(71, 137), f.claimInContext());
        assertTrue(f.names().contains("ctx.prev=UNNAMED_GROUP"));
    }

    @Test
    void pronounTakesTheTypeOfThePersonNamedBefore() {
        String context = "Interior Minister Lena Voss spoke on Friday. \u201CWe will not back down,\u201D she said.";
        AttributionFeatures f = extract("\u201CWe will not back down,\u201D she said.", context);
        assertEquals(new Evidence("she", 25, 28, Origin.CLAIM), f.source());
        assertEquals(SourceType.NAMED_OFFICIAL, f.sourceType());
        assertEquals(List.of(new Evidence("\u201CWe will not back down,\u201D", 0, 24, Origin.CLAIM)), f.quotes());
    }

    @Test
    void versionNamesLogicAndLexicon() {
        assertTrue(extractor.version().startsWith(FeatureExtractor.LOGIC_VERSION + "+"));
        assertEquals(extractor.version(), FeatureExtractor.bundled().version());
    }
}
