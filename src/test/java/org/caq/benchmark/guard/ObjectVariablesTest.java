package org.caq.benchmark.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ObjectVariablesTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void finds_a_variable_typed_object_whatever_the_case_and_wherever_it_sits_and_names_it() {
        assertThat(ObjectVariables.inJson(json("""
                {"variables":{"name":{"value":"甲"},"file":{"type":"Object","value":"{}",
                 "valueInfo":{"objectTypeName":"java.io.File","serializationDataFormat":"application/json"}}}}"""), "start"))
                .contains("file");
        assertThat(ObjectVariables.inJson(json("""
                {"instructions":[{"type":"startBeforeActivity","activityId":"A","variables":{"x":{"type":"oBjEcT","value":"rO0"}}}]}"""), "m"))
                .contains("x");
        assertThat(ObjectVariables.inJson(json("{\"type\":\"Object\",\"value\":\"{}\"}"), "someVariable")).contains("someVariable");
    }

    @Test
    void finds_an_untyped_value_that_is_a_json_object_or_array() {
        assertThat(ObjectVariables.inJson(json("{\"processVariables\":{\"m\":{\"value\":{\"a\":1}}}}"), "message")).contains("m");
        assertThat(ObjectVariables.inJson(json("{\"variables\":{\"l\":{\"value\":[1,2],\"type\":null}}}"), "start")).contains("l");
    }

    @Test
    void lets_typed_values_json_variables_queries_and_other_bodies_through() {
        assertThat(ObjectVariables.inJson(json("""
                {"variables":{"selected":{"type":"Json","value":"[\\"2026-national-0001\\"]"},"n":{"value":3,"type":"Long"},
                 "s":{"value":"text"},"f":{"type":"File","value":"aGk=","valueInfo":{"filename":"a.txt"}}}}"""), "submit-form")).isEmpty();
        assertThat(ObjectVariables.inJson(json("""
                {"processVariables":[{"name":"x","operator":"eq","value":"y"}],"sorting":[{"sortBy":"processVariable",
                 "parameters":{"variable":"x","type":"String"}}]}"""), "task")).isEmpty();
        assertThat(ObjectVariables.inJson(json("{\"type\":1,\"permissions\":[\"READ\"],\"resourceType\":0}"), "create")).isEmpty();
        assertThat(ObjectVariables.inJson(json("not json at all"), "x")).isEmpty();
    }

    @Test
    void finds_an_upload_naming_a_class_or_the_object_type() {
        String named = RestOperations.Multipart.file("data", "v.json", "{}") + RestOperations.Multipart.part("type", "java.io.File")
                + "--" + RestOperations.Multipart.BOUNDARY + "--\r\n";
        String objectType = RestOperations.Multipart.file("data", "v.bin", "x") + RestOperations.Multipart.part("valueType", "Object")
                + "--" + RestOperations.Multipart.BOUNDARY + "--\r\n";
        String bytes = RestOperations.Multipart.forPath("/variables/x/data");

        assertThat(ObjectVariables.inMultipart(named.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(ObjectVariables.inMultipart(objectType.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(ObjectVariables.inMultipart(bytes.getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
