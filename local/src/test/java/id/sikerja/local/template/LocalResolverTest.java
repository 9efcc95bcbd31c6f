package id.sikerja.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sikerja.local.TestFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalResolverTest {

    private static final String TEMPLATE = """
            Parameters:
              Environment:
                Type: String
                Default: dev
              WebOrigin:
                Type: String
                Default: https://example.org
              Zones:
                Type: CommaDelimitedList
                Default: a, b
              NoDefault:
                Type: String
            Conditions:
              IsProd: !Equals [!Ref Environment, prod]
              IsNotProd: !Not [!Condition IsProd]
              Both: !And [!Condition IsNotProd, !Equals [x, x]]
            Mappings:
              Sizes:
                dev: {Memory: 512}
                prod: {Memory: 1024}
            Resources:
              CasesTable:
                Type: AWS::DynamoDB::Table
              DocumentBucket:
                Type: AWS::S3::Bucket
              UserPool:
                Type: AWS::Cognito::UserPool
              OtherQueue:
                Type: AWS::SQS::Queue
              Values:
                Type: Test::Values
                Properties:
                  Ref: !Ref CasesTable
                  Arn: !GetAtt CasesTable.Arn
                  ArnLong: !GetAtt [DocumentBucket, Arn]
                  Sub: !Sub https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}
                  Escaped: !Sub "${!Literal}-${AWS::Region}"
                  SubGetAtt: !Sub ${DocumentBucket.Arn}/*
                  SubVars: !Sub [ "${Origin}/callback", { Origin: !Ref WebOrigin } ]
                  If: !If [IsProd, 365, 30]
                  Join: !Join [",", [a, !Ref Environment]]
                  Select: !Select [1, !Ref Zones]
                  Split: !Split ["/", "x/y/z"]
                  Map: !FindInMap [Sizes, !Ref Environment, Memory]
                  Account: !Sub arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/x
                  Other: !Ref OtherQueue
                  Gone: !If [IsProd, keep, !Ref AWS::NoValue]
                  List: [one, !If [IsProd, two, !Ref AWS::NoValue]]
                  Base64: !Base64 abc
            """;

    private final Template template = Template.parse(TEMPLATE);

    @Test
    void shortTagsBecomeTheLongForm() {
        Map<String, Object> values = properties();
        assertEquals(Map.of("Ref", "CasesTable"), values.get("Ref"));
        assertEquals(Map.of("Fn::GetAtt", List.of("CasesTable", "Arn")), values.get("Arn"));
        assertEquals(Map.of("Fn::GetAtt", List.of("DocumentBucket", "Arn")), values.get("ArnLong"));
        assertEquals(Map.of("Fn::If", List.of("IsProd", 365, 30)), values.get("If"));
    }

    @Test
    void resolvesWithLocalNames() {
        Map<String, Object> values = resolved(Map.of());
        assertEquals("sikerja-local", values.get("Ref"));
        assertEquals("arn:aws:dynamodb:ap-southeast-3:000000000000:table/sikerja-local", values.get("Arn"));
        assertEquals("arn:aws:s3:::sikerja-documents-local", values.get("ArnLong"));
        assertEquals("https://cognito-idp.ap-southeast-3.amazonaws.com/ap-southeast-3_sikerjaLocal", values.get("Sub"));
        assertEquals("arn:aws:s3:::sikerja-documents-local/*", values.get("SubGetAtt"));
        assertEquals("${Literal}-ap-southeast-3", values.get("Escaped"));
        assertEquals("arn:aws:ses:ap-southeast-3:000000000000:identity/x", values.get("Account"));
        assertEquals("sikerja-local-otherqueue", values.get("Other"));
    }

    @Test
    void evaluatesFunctionsAndConditions() {
        Map<String, Object> values = resolved(Map.of());
        assertEquals("https://example.org/callback", values.get("SubVars"));
        assertEquals(30, values.get("If"));
        assertEquals("a,dev", values.get("Join"));
        assertEquals("b", values.get("Select"));
        assertEquals(List.of("x", "y", "z"), values.get("Split"));
        assertEquals(512, values.get("Map"));
        assertEquals("YWJj", values.get("Base64"));
        assertFalse(values.containsKey("Gone"), "AWS::NoValue removes the key");
        assertEquals(List.of("one"), values.get("List"));
        LocalResolver resolver = new LocalResolver(template, Map.of());
        assertFalse(resolver.condition("IsProd"));
        assertTrue(resolver.condition("Both"));
    }

    @Test
    void parameterOverridesWin() {
        Map<String, Object> values = resolved(Map.of("WebOrigin", "http://localhost:5173", "Environment", "prod"));
        assertEquals("http://localhost:5173/callback", values.get("SubVars"));
        assertEquals(365, values.get("If"));
        assertEquals("keep", values.get("Gone"));
    }

    @Test
    void failsLoudlyOnWhatItCannotResolve() {
        LocalResolver resolver = new LocalResolver(template, Map.of());
        assertThrows(TemplateException.class, () -> resolver.resolve(Map.of("Ref", "NoDefault")));
        assertThrows(TemplateException.class, () -> resolver.resolve(Map.of("Ref", "Nothing")));
        assertThrows(TemplateException.class, () -> resolver.resolve(Map.of("Fn::GetAtt", List.of("OtherQueue", "Arn"))));
        assertThrows(TemplateException.class, () -> resolver.resolve(Map.of("Fn::ImportValue", "x")));
        assertThrows(TemplateException.class, () -> new LocalResolver(template, Map.of("Unknown", "x")));
    }

    @Test
    void readsTheProjectTemplate() {
        Template project = Template.load(TestFiles.projectTemplate());
        LocalResolver resolver = new LocalResolver(project, Map.of());
        Map<String, Object> table = Maps.map(resolver.resolve(project.resource("CasesTable").get("Properties")), "t");
        assertEquals(false, table.get("DeletionProtectionEnabled"));
        Map<String, Object> logGroup = Maps.map(resolver.resolve(project.resource("IntakeLogGroup").get("Properties")),
                "l");
        assertEquals("/aws/lambda/sikerja-local-intakefunction", logGroup.get("LogGroupName"));
        assertEquals(30, logGroup.get("RetentionInDays"));
    }

    private Map<String, Object> properties() {
        return Maps.map(template.resource("Values").get("Properties"), "Values");
    }

    private Map<String, Object> resolved(Map<String, String> overrides) {
        return Maps.map(new LocalResolver(template, overrides).resolve(properties()), "Values");
    }
}
