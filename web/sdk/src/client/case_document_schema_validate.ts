// @ts-nocheck
// Generated from schemas/{safety-plan,risk-review,orders,case-progress}.schema.json by scripts/case-document-schema.mjs: do not edit.
import module0 from "ajv/dist/runtime/ucs2length.js";
import module1 from "../protocol/json_formats.js";
import module2 from "../protocol/json_formats.js";
import module3 from "ajv/dist/runtime/equal.js";
"use strict";
export const safetyPlan = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://daybook.invalid/schemas/case-document/safety-plan/v1.json","title":"Daybook safety plan, schema version 1","description":"A safety plan the victim keeps with her advocate: who she can reach and how to reach each safely, a code word, safe places and routes, what sets danger off and what she will do, what is ready if she has to leave, and when to look at it again. It travels end-to-end encrypted as the content of a case document of kind 'safety-plan' (docs/protocol/26-advocacy.md, case documents); the server never sees it. Validators MUST assert the 'format' keywords. A reader MUST reject a schema_version it does not know.","type":"object","additionalProperties":false,"required":["schema_version","written_at"],"properties":{"schema_version":{"description":"Version of this schema; a new version gets a new $id.","const":1},"written_at":{"$ref":"#/$defs/date_time","description":"When the author's device wrote this version."},"safe_contacts":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["id","name","ways"],"properties":{"id":{"$ref":"#/$defs/id"},"name":{"$ref":"#/$defs/name","description":"Who: a name, or how she knows them."},"relationship":{"$ref":"#/$defs/short_text","description":"Friend, neighbour, advocate, colleague..."},"ways":{"type":"array","maxItems":10,"items":{"type":"object","additionalProperties":false,"required":["channel","safe"],"properties":{"channel":{"description":"How.","enum":["call","text","email","messaging-app","in-person","other"]},"detail":{"$ref":"#/$defs/short_text","description":"The number, address or app, as she keeps it."},"safe":{"description":"Whether this way is safe to use now.","type":"boolean"},"when":{"$ref":"#/$defs/short_text","description":"When it is safe, e.g. 'weekdays 9-5, at work'."}}},"description":"Each way of reaching them, and whether it is safe."},"voicemail_safe":{"description":"Whether a voicemail may be left for her, or by her with them: a message heard by the wrong person can endanger her.","type":"boolean"},"knows_code_word":{"description":"Whether this contact knows the code word.","type":"boolean"},"notes":{"$ref":"#/$defs/short_text"}}},"description":"People she can turn to, and how each may be reached safely."},"code_word":{"type":"object","additionalProperties":false,"required":["word","means"],"properties":{"word":{"type":"string","minLength":1,"maxLength":100,"description":"The word or phrase."},"means":{"$ref":"#/$defs/short_text","description":"What hearing it means, e.g. 'call 999 and send the police to my address'."}},"description":"A word agreed with trusted people that asks for help without saying so."},"safe_places":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"$ref":"#/$defs/id"},"name":{"$ref":"#/$defs/name","description":"The place."},"where":{"$ref":"#/$defs/short_text","description":"Its address or how to find it."},"open":{"$ref":"#/$defs/short_text","description":"When it is open or someone is there."},"notes":{"$ref":"#/$defs/short_text"}}},"description":"Places she can go to be safe (a police station, a friend's, a shop with staff who know)."},"routes":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["id","description"],"properties":{"id":{"$ref":"#/$defs/id"},"from":{"$ref":"#/$defs/short_text"},"to":{"$ref":"#/$defs/short_text"},"description":{"$ref":"#/$defs/long_text","description":"The route, and what to avoid on it."}}},"description":"Safe routes, for example to work or to school, and alternatives to vary."},"triggers":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["id","trigger","actions"],"properties":{"id":{"$ref":"#/$defs/id"},"trigger":{"$ref":"#/$defs/short_text","description":"What happens: he turns up at work; a message from a new number."},"actions":{"type":"array","maxItems":20,"items":{"$ref":"#/$defs/short_text"},"description":"What she will do, in order."}}},"description":"Warning signs and what to do when each happens."},"ready_to_leave":{"type":"object","additionalProperties":false,"required":[],"properties":{"items":{"type":"array","maxItems":100,"items":{"type":"object","additionalProperties":false,"required":["item","ready"],"properties":{"item":{"$ref":"#/$defs/short_text","description":"Passport, medication, keys, money, children's things..."},"where":{"$ref":"#/$defs/short_text","description":"Where it is kept."},"ready":{"type":"boolean"}}}},"bag_location":{"$ref":"#/$defs/short_text","description":"Where a packed bag is kept, if any."}},"description":"What is ready in case she has to leave in a hurry."},"next_review":{"$ref":"#/$defs/date","description":"When to look at the plan again."},"notes":{"$ref":"#/$defs/long_text"}},"$defs":{"id":{"description":"An id the device chooses, unique within its list, so that other documents can refer to the item (for example an incident referring to one condition of an order).","type":"string","pattern":"^[A-Za-z0-9._-]{1,32}$"},"date":{"description":"A calendar date, YYYY-MM-DD.","type":"string","format":"date"},"date_time":{"description":"An RFC 3339 date-time with its UTC offset.","type":"string","format":"date-time"},"short_text":{"type":"string","minLength":1,"maxLength":2000},"long_text":{"type":"string","minLength":1,"maxLength":20000},"name":{"type":"string","minLength":1,"maxLength":200}}};
const schema32 = {"description":"An RFC 3339 date-time with its UTC offset.","type":"string","format":"date-time"};
const schema33 = {"description":"An id the device chooses, unique within its list, so that other documents can refer to the item (for example an incident referring to one condition of an order).","type":"string","pattern":"^[A-Za-z0-9._-]{1,32}$"};
const schema34 = {"type":"string","minLength":1,"maxLength":200};
const schema35 = {"type":"string","minLength":1,"maxLength":2000};
const schema48 = {"type":"string","minLength":1,"maxLength":20000};
const schema55 = {"description":"A calendar date, YYYY-MM-DD.","type":"string","format":"date"};
const func1 = Object.prototype.hasOwnProperty;
const func2 = module0.default;
const formats0 = module1.formats["date-time"];
const formats2 = module2.formats.date;
const pattern4 = new RegExp("^[A-Za-z0-9._-]{1,32}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://daybook.invalid/schemas/case-document/safety-plan/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.written_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "written_at"},message:"must have required property '"+"written_at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err3 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.written_at !== undefined){
let data1 = data.written_at;
if(typeof data1 === "string"){
if(!(formats0(data1))){
const err4 = {instancePath:instancePath+"/written_at",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/written_at",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.safe_contacts !== undefined){
let data2 = data.safe_contacts;
if(Array.isArray(data2)){
if(data2.length > 50){
const err6 = {instancePath:instancePath+"/safe_contacts",schemaPath:"#/properties/safe_contacts/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err7 = {instancePath:instancePath+"/safe_contacts/" + i0,schemaPath:"#/properties/safe_contacts/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.name === undefined){
const err8 = {instancePath:instancePath+"/safe_contacts/" + i0,schemaPath:"#/properties/safe_contacts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.ways === undefined){
const err9 = {instancePath:instancePath+"/safe_contacts/" + i0,schemaPath:"#/properties/safe_contacts/items/required",keyword:"required",params:{missingProperty: "ways"},message:"must have required property '"+"ways"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!(((((((key1 === "id") || (key1 === "name")) || (key1 === "relationship")) || (key1 === "ways")) || (key1 === "voicemail_safe")) || (key1 === "knows_code_word")) || (key1 === "notes"))){
const err10 = {instancePath:instancePath+"/safe_contacts/" + i0,schemaPath:"#/properties/safe_contacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err11 = {instancePath:instancePath+"/safe_contacts/" + i0+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/safe_contacts/" + i0+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.name !== undefined){
let data5 = data3.name;
if(typeof data5 === "string"){
if(func2(data5) > 200){
const err13 = {instancePath:instancePath+"/safe_contacts/" + i0+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data5) < 1){
const err14 = {instancePath:instancePath+"/safe_contacts/" + i0+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/safe_contacts/" + i0+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.relationship !== undefined){
let data6 = data3.relationship;
if(typeof data6 === "string"){
if(func2(data6) > 2000){
const err16 = {instancePath:instancePath+"/safe_contacts/" + i0+"/relationship",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data6) < 1){
const err17 = {instancePath:instancePath+"/safe_contacts/" + i0+"/relationship",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/safe_contacts/" + i0+"/relationship",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.ways !== undefined){
let data7 = data3.ways;
if(Array.isArray(data7)){
if(data7.length > 10){
const err19 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways",schemaPath:"#/properties/safe_contacts/items/properties/ways/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.channel === undefined){
const err20 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways/" + i1,schemaPath:"#/properties/safe_contacts/items/properties/ways/items/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data8.safe === undefined){
const err21 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways/" + i1,schemaPath:"#/properties/safe_contacts/items/properties/ways/items/required",keyword:"required",params:{missingProperty: "safe"},message:"must have required property '"+"safe"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data8){
if(!((((key2 === "channel") || (key2 === "detail")) || (key2 === "safe")) || (key2 === "when"))){
const err22 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways/" + i1,schemaPath:"#/properties/safe_contacts/items/properties/ways/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data8.channel !== undefined){
let data9 = data8.channel;
if(!((((((data9 === "call") || (data9 === "text")) || (data9 === "email")) || (data9 === "messaging-app")) || (data9 === "in-person")) || (data9 === "other"))){
const err23 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways/" + i1+"/channel",schemaPath:"#/properties/safe_contacts/items/properties/ways/items/properties/channel/enum",keyword:"enum",params:{allowedValues: schema31.properties.safe_contacts.items.properties.ways.items.properties.channel.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.detail !== undefined){
let data10 = data8.detail;
if(typeof data10 === "string"){
if(func2(data10) > 2000){
const err24 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways/" + i1+"/detail",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data10) < 1){
const err25 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways/" + i1+"/detail",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways/" + i1+"/detail",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.safe !== undefined){
if(typeof data8.safe !== "boolean"){
const err27 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways/" + i1+"/safe",schemaPath:"#/properties/safe_contacts/items/properties/ways/items/properties/safe/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.when !== undefined){
let data12 = data8.when;
if(typeof data12 === "string"){
if(func2(data12) > 2000){
const err28 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways/" + i1+"/when",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func2(data12) < 1){
const err29 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways/" + i1+"/when",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways/" + i1+"/when",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways/" + i1,schemaPath:"#/properties/safe_contacts/items/properties/ways/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/safe_contacts/" + i0+"/ways",schemaPath:"#/properties/safe_contacts/items/properties/ways/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data3.voicemail_safe !== undefined){
if(typeof data3.voicemail_safe !== "boolean"){
const err33 = {instancePath:instancePath+"/safe_contacts/" + i0+"/voicemail_safe",schemaPath:"#/properties/safe_contacts/items/properties/voicemail_safe/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data3.knows_code_word !== undefined){
if(typeof data3.knows_code_word !== "boolean"){
const err34 = {instancePath:instancePath+"/safe_contacts/" + i0+"/knows_code_word",schemaPath:"#/properties/safe_contacts/items/properties/knows_code_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data3.notes !== undefined){
let data15 = data3.notes;
if(typeof data15 === "string"){
if(func2(data15) > 2000){
const err35 = {instancePath:instancePath+"/safe_contacts/" + i0+"/notes",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func2(data15) < 1){
const err36 = {instancePath:instancePath+"/safe_contacts/" + i0+"/notes",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/safe_contacts/" + i0+"/notes",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/safe_contacts/" + i0,schemaPath:"#/properties/safe_contacts/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/safe_contacts",schemaPath:"#/properties/safe_contacts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.code_word !== undefined){
let data16 = data.code_word;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.word === undefined){
const err40 = {instancePath:instancePath+"/code_word",schemaPath:"#/properties/code_word/required",keyword:"required",params:{missingProperty: "word"},message:"must have required property '"+"word"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data16.means === undefined){
const err41 = {instancePath:instancePath+"/code_word",schemaPath:"#/properties/code_word/required",keyword:"required",params:{missingProperty: "means"},message:"must have required property '"+"means"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key3 in data16){
if(!((key3 === "word") || (key3 === "means"))){
const err42 = {instancePath:instancePath+"/code_word",schemaPath:"#/properties/code_word/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data16.word !== undefined){
let data17 = data16.word;
if(typeof data17 === "string"){
if(func2(data17) > 100){
const err43 = {instancePath:instancePath+"/code_word/word",schemaPath:"#/properties/code_word/properties/word/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func2(data17) < 1){
const err44 = {instancePath:instancePath+"/code_word/word",schemaPath:"#/properties/code_word/properties/word/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/code_word/word",schemaPath:"#/properties/code_word/properties/word/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data16.means !== undefined){
let data18 = data16.means;
if(typeof data18 === "string"){
if(func2(data18) > 2000){
const err46 = {instancePath:instancePath+"/code_word/means",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(func2(data18) < 1){
const err47 = {instancePath:instancePath+"/code_word/means",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/code_word/means",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/code_word",schemaPath:"#/properties/code_word/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.safe_places !== undefined){
let data19 = data.safe_places;
if(Array.isArray(data19)){
if(data19.length > 50){
const err50 = {instancePath:instancePath+"/safe_places",schemaPath:"#/properties/safe_places/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
let data20 = data19[i2];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id === undefined){
const err51 = {instancePath:instancePath+"/safe_places/" + i2,schemaPath:"#/properties/safe_places/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data20.name === undefined){
const err52 = {instancePath:instancePath+"/safe_places/" + i2,schemaPath:"#/properties/safe_places/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key4 in data20){
if(!(((((key4 === "id") || (key4 === "name")) || (key4 === "where")) || (key4 === "open")) || (key4 === "notes"))){
const err53 = {instancePath:instancePath+"/safe_places/" + i2,schemaPath:"#/properties/safe_places/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data20.id !== undefined){
let data21 = data20.id;
if(typeof data21 === "string"){
if(!pattern4.test(data21)){
const err54 = {instancePath:instancePath+"/safe_places/" + i2+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/safe_places/" + i2+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data20.name !== undefined){
let data22 = data20.name;
if(typeof data22 === "string"){
if(func2(data22) > 200){
const err56 = {instancePath:instancePath+"/safe_places/" + i2+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func2(data22) < 1){
const err57 = {instancePath:instancePath+"/safe_places/" + i2+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/safe_places/" + i2+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data20.where !== undefined){
let data23 = data20.where;
if(typeof data23 === "string"){
if(func2(data23) > 2000){
const err59 = {instancePath:instancePath+"/safe_places/" + i2+"/where",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(func2(data23) < 1){
const err60 = {instancePath:instancePath+"/safe_places/" + i2+"/where",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/safe_places/" + i2+"/where",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data20.open !== undefined){
let data24 = data20.open;
if(typeof data24 === "string"){
if(func2(data24) > 2000){
const err62 = {instancePath:instancePath+"/safe_places/" + i2+"/open",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func2(data24) < 1){
const err63 = {instancePath:instancePath+"/safe_places/" + i2+"/open",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/safe_places/" + i2+"/open",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data20.notes !== undefined){
let data25 = data20.notes;
if(typeof data25 === "string"){
if(func2(data25) > 2000){
const err65 = {instancePath:instancePath+"/safe_places/" + i2+"/notes",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(func2(data25) < 1){
const err66 = {instancePath:instancePath+"/safe_places/" + i2+"/notes",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/safe_places/" + i2+"/notes",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/safe_places/" + i2,schemaPath:"#/properties/safe_places/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/safe_places",schemaPath:"#/properties/safe_places/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.routes !== undefined){
let data26 = data.routes;
if(Array.isArray(data26)){
if(data26.length > 50){
const err70 = {instancePath:instancePath+"/routes",schemaPath:"#/properties/routes/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
const len3 = data26.length;
for(let i3=0; i3<len3; i3++){
let data27 = data26[i3];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.id === undefined){
const err71 = {instancePath:instancePath+"/routes/" + i3,schemaPath:"#/properties/routes/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data27.description === undefined){
const err72 = {instancePath:instancePath+"/routes/" + i3,schemaPath:"#/properties/routes/items/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key5 in data27){
if(!((((key5 === "id") || (key5 === "from")) || (key5 === "to")) || (key5 === "description"))){
const err73 = {instancePath:instancePath+"/routes/" + i3,schemaPath:"#/properties/routes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data27.id !== undefined){
let data28 = data27.id;
if(typeof data28 === "string"){
if(!pattern4.test(data28)){
const err74 = {instancePath:instancePath+"/routes/" + i3+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/routes/" + i3+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data27.from !== undefined){
let data29 = data27.from;
if(typeof data29 === "string"){
if(func2(data29) > 2000){
const err76 = {instancePath:instancePath+"/routes/" + i3+"/from",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(func2(data29) < 1){
const err77 = {instancePath:instancePath+"/routes/" + i3+"/from",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/routes/" + i3+"/from",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data27.to !== undefined){
let data30 = data27.to;
if(typeof data30 === "string"){
if(func2(data30) > 2000){
const err79 = {instancePath:instancePath+"/routes/" + i3+"/to",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(func2(data30) < 1){
const err80 = {instancePath:instancePath+"/routes/" + i3+"/to",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/routes/" + i3+"/to",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data27.description !== undefined){
let data31 = data27.description;
if(typeof data31 === "string"){
if(func2(data31) > 20000){
const err82 = {instancePath:instancePath+"/routes/" + i3+"/description",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(func2(data31) < 1){
const err83 = {instancePath:instancePath+"/routes/" + i3+"/description",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/routes/" + i3+"/description",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/routes/" + i3,schemaPath:"#/properties/routes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/routes",schemaPath:"#/properties/routes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.triggers !== undefined){
let data32 = data.triggers;
if(Array.isArray(data32)){
if(data32.length > 50){
const err87 = {instancePath:instancePath+"/triggers",schemaPath:"#/properties/triggers/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
const len4 = data32.length;
for(let i4=0; i4<len4; i4++){
let data33 = data32[i4];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.id === undefined){
const err88 = {instancePath:instancePath+"/triggers/" + i4,schemaPath:"#/properties/triggers/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data33.trigger === undefined){
const err89 = {instancePath:instancePath+"/triggers/" + i4,schemaPath:"#/properties/triggers/items/required",keyword:"required",params:{missingProperty: "trigger"},message:"must have required property '"+"trigger"+"'"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data33.actions === undefined){
const err90 = {instancePath:instancePath+"/triggers/" + i4,schemaPath:"#/properties/triggers/items/required",keyword:"required",params:{missingProperty: "actions"},message:"must have required property '"+"actions"+"'"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
for(const key6 in data33){
if(!(((key6 === "id") || (key6 === "trigger")) || (key6 === "actions"))){
const err91 = {instancePath:instancePath+"/triggers/" + i4,schemaPath:"#/properties/triggers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data33.id !== undefined){
let data34 = data33.id;
if(typeof data34 === "string"){
if(!pattern4.test(data34)){
const err92 = {instancePath:instancePath+"/triggers/" + i4+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/triggers/" + i4+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data33.trigger !== undefined){
let data35 = data33.trigger;
if(typeof data35 === "string"){
if(func2(data35) > 2000){
const err94 = {instancePath:instancePath+"/triggers/" + i4+"/trigger",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(func2(data35) < 1){
const err95 = {instancePath:instancePath+"/triggers/" + i4+"/trigger",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/triggers/" + i4+"/trigger",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data33.actions !== undefined){
let data36 = data33.actions;
if(Array.isArray(data36)){
if(data36.length > 20){
const err97 = {instancePath:instancePath+"/triggers/" + i4+"/actions",schemaPath:"#/properties/triggers/items/properties/actions/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
const len5 = data36.length;
for(let i5=0; i5<len5; i5++){
let data37 = data36[i5];
if(typeof data37 === "string"){
if(func2(data37) > 2000){
const err98 = {instancePath:instancePath+"/triggers/" + i4+"/actions/" + i5,schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(func2(data37) < 1){
const err99 = {instancePath:instancePath+"/triggers/" + i4+"/actions/" + i5,schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/triggers/" + i4+"/actions/" + i5,schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/triggers/" + i4+"/actions",schemaPath:"#/properties/triggers/items/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/triggers/" + i4,schemaPath:"#/properties/triggers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/triggers",schemaPath:"#/properties/triggers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data.ready_to_leave !== undefined){
let data38 = data.ready_to_leave;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key7 in data38){
if(!((key7 === "items") || (key7 === "bag_location"))){
const err104 = {instancePath:instancePath+"/ready_to_leave",schemaPath:"#/properties/ready_to_leave/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data38.items !== undefined){
let data39 = data38.items;
if(Array.isArray(data39)){
if(data39.length > 100){
const err105 = {instancePath:instancePath+"/ready_to_leave/items",schemaPath:"#/properties/ready_to_leave/properties/items/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
const len6 = data39.length;
for(let i6=0; i6<len6; i6++){
let data40 = data39[i6];
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.item === undefined){
const err106 = {instancePath:instancePath+"/ready_to_leave/items/" + i6,schemaPath:"#/properties/ready_to_leave/properties/items/items/required",keyword:"required",params:{missingProperty: "item"},message:"must have required property '"+"item"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data40.ready === undefined){
const err107 = {instancePath:instancePath+"/ready_to_leave/items/" + i6,schemaPath:"#/properties/ready_to_leave/properties/items/items/required",keyword:"required",params:{missingProperty: "ready"},message:"must have required property '"+"ready"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key8 in data40){
if(!(((key8 === "item") || (key8 === "where")) || (key8 === "ready"))){
const err108 = {instancePath:instancePath+"/ready_to_leave/items/" + i6,schemaPath:"#/properties/ready_to_leave/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data40.item !== undefined){
let data41 = data40.item;
if(typeof data41 === "string"){
if(func2(data41) > 2000){
const err109 = {instancePath:instancePath+"/ready_to_leave/items/" + i6+"/item",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(func2(data41) < 1){
const err110 = {instancePath:instancePath+"/ready_to_leave/items/" + i6+"/item",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/ready_to_leave/items/" + i6+"/item",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data40.where !== undefined){
let data42 = data40.where;
if(typeof data42 === "string"){
if(func2(data42) > 2000){
const err112 = {instancePath:instancePath+"/ready_to_leave/items/" + i6+"/where",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(func2(data42) < 1){
const err113 = {instancePath:instancePath+"/ready_to_leave/items/" + i6+"/where",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/ready_to_leave/items/" + i6+"/where",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data40.ready !== undefined){
if(typeof data40.ready !== "boolean"){
const err115 = {instancePath:instancePath+"/ready_to_leave/items/" + i6+"/ready",schemaPath:"#/properties/ready_to_leave/properties/items/items/properties/ready/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/ready_to_leave/items/" + i6,schemaPath:"#/properties/ready_to_leave/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/ready_to_leave/items",schemaPath:"#/properties/ready_to_leave/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data38.bag_location !== undefined){
let data44 = data38.bag_location;
if(typeof data44 === "string"){
if(func2(data44) > 2000){
const err118 = {instancePath:instancePath+"/ready_to_leave/bag_location",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(func2(data44) < 1){
const err119 = {instancePath:instancePath+"/ready_to_leave/bag_location",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/ready_to_leave/bag_location",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/ready_to_leave",schemaPath:"#/properties/ready_to_leave/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data.next_review !== undefined){
let data45 = data.next_review;
if(typeof data45 === "string"){
if(!(formats2(data45))){
const err122 = {instancePath:instancePath+"/next_review",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/next_review",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data.notes !== undefined){
let data46 = data.notes;
if(typeof data46 === "string"){
if(func2(data46) > 20000){
const err124 = {instancePath:instancePath+"/notes",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(func2(data46) < 1){
const err125 = {instancePath:instancePath+"/notes",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/notes",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const riskReview = validate21;
const schema57 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://daybook.invalid/schemas/case-document/risk-review/v1.json","title":"Daybook risk review, schema version 1","description":"A risk review the advocate completes with the victim, aligned with the DASH (2009) risk identification checklist and its eleven stalking questions (S-DASH), in Daybook's own wording. Risk identification is not prediction: the answers and the professional judgement help decide what support and safety measures to offer; they do not say what will happen, and a low count never means the victim is safe. It travels end-to-end encrypted as the content of a case document of kind 'risk-review' (docs/protocol/26-advocacy.md, case documents); the server never sees it. Validators MUST assert the 'format' keywords. A reader MUST reject a schema_version it does not know.","type":"object","additionalProperties":false,"required":["schema_version","written_at","assessed_on","answers","professional_judgement","next_review_due"],"properties":{"schema_version":{"description":"Version of this schema; a new version gets a new $id.","const":1},"written_at":{"$ref":"#/$defs/date_time","description":"When the author's device wrote this version."},"assessed_on":{"$ref":"#/$defs/date","description":"The date of the review."},"assessor":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/name"},"role":{"$ref":"#/$defs/short_text","description":"IDVA, ISAC, police officer..."}},"description":"Who completed it."},"answers":{"type":"array","maxItems":38,"items":{"type":"object","additionalProperties":false,"required":["question","answer"],"properties":{"question":{"description":"Which question: dash-01 to dash-27, stalking-01 to stalking-11 (their wording is in this schema's $defs/questions).","enum":["dash-01","dash-02","dash-03","dash-04","dash-05","dash-06","dash-07","dash-08","dash-09","dash-10","dash-11","dash-12","dash-13","dash-14","dash-15","dash-16","dash-17","dash-18","dash-19","dash-20","dash-21","dash-22","dash-23","dash-24","dash-25","dash-26","dash-27","stalking-01","stalking-02","stalking-03","stalking-04","stalking-05","stalking-06","stalking-07","stalking-08","stalking-09","stalking-10","stalking-11"]},"answer":{"description":"yes, no, not known, or the victim chose not to answer.","enum":["yes","no","not-known","declined"]},"comment":{"$ref":"#/$defs/short_text","description":"Detail, in the victim's words where possible."}}},"description":"The questions asked and the answers given, each question at most once.","uniqueItems":true},"professional_judgement":{"type":"object","additionalProperties":false,"required":["level","reasoning"],"properties":{"level":{"description":"The advocate's judgement of the level of risk: standard, medium or high (an identification for planning, not a prediction).","enum":["standard","medium","high"]},"reasoning":{"$ref":"#/$defs/long_text","description":"Why, including anything the questions did not capture."},"marac_referral":{"description":"Whether the case is referred to a multi-agency risk assessment conference (MARAC).","type":"boolean"}},"description":"The advocate's professional judgement, which can raise the level whatever the count of yes answers."},"next_review_due":{"$ref":"#/$defs/date","description":"When the next review is due (typically six to eight weeks on, sooner after a change)."},"notes":{"$ref":"#/$defs/long_text"}},"$defs":{"id":{"description":"An id the device chooses, unique within its list, so that other documents can refer to the item (for example an incident referring to one condition of an order).","type":"string","pattern":"^[A-Za-z0-9._-]{1,32}$"},"date":{"description":"A calendar date, YYYY-MM-DD.","type":"string","format":"date"},"date_time":{"description":"An RFC 3339 date-time with its UTC offset.","type":"string","format":"date-time"},"short_text":{"type":"string","minLength":1,"maxLength":2000},"long_text":{"type":"string","minLength":1,"maxLength":20000},"name":{"type":"string","minLength":1,"maxLength":200},"questions":{"description":"The wording of each question, in Daybook's own words (not the copyrighted checklist text).","const":{"dash-01":"Has the current incident caused an injury?","dash-02":"Is the victim very frightened?","dash-03":"What is the victim afraid of: further injury, violence, being killed?","dash-04":"Does the victim feel cut off from family or friends, or is the abuser stopping them seeing people?","dash-05":"Is the victim feeling low, depressed or having thoughts of suicide?","dash-06":"Has the victim separated, or tried to, from the abuser within the past year?","dash-07":"Is there disagreement over contact with children?","dash-08":"Does the abuser keep texting, calling, contacting, following, stalking or harassing the victim?","dash-09":"Is the victim pregnant, or has she had a baby in the last 18 months?","dash-10":"Are there children or step-children in the household who are not the abuser's?","dash-11":"Has the abuser ever hurt the children or dependants?","dash-12":"Has the abuser ever threatened to hurt or kill the children or dependants?","dash-13":"Is the abuse happening more often?","dash-14":"Is the abuse getting worse?","dash-15":"Does the abuser try to control everything the victim does, or is he excessively jealous?","dash-16":"Has the abuser ever used a weapon or an object to hurt the victim?","dash-17":"Has the abuser ever threatened to kill the victim or someone else, and was it believed?","dash-18":"Has the abuser ever tried to strangle, choke, suffocate or drown the victim?","dash-19":"Does the abuser do or say sexual things that hurt the victim or make them feel bad?","dash-20":"Is there anyone else who has threatened the victim or whom the victim fears?","dash-21":"Does the victim know of the abuser hurting anyone else (children, relatives, another partner, a stranger)?","dash-22":"Has the abuser ever mistreated an animal or a pet?","dash-23":"Are there money problems, such as dependence on the abuser or a recent loss of job?","dash-24":"Has the abuser had problems with alcohol, drugs or mental health in the past year?","dash-25":"Has the abuser ever threatened or attempted suicide?","dash-26":"Has the abuser ever broken bail, an injunction or any agreement about contact?","dash-27":"Does the victim know of the abuser being in trouble with the police or having a criminal history?","stalking-01":"Is the victim very frightened by the stalking?","stalking-02":"Is there a history of domestic abuse or harassment by the stalker, towards the victim or anyone else?","stalking-03":"Has the stalker damaged, destroyed or interfered with the victim's property?","stalking-04":"Does the stalker turn up without warning many times a week?","stalking-05":"Does the stalker follow the victim or wait around near home, work or other places?","stalking-06":"Has the stalker threatened physical or sexual violence?","stalking-07":"Has the stalker harassed anyone close to the victim (family, friends, colleagues, a new partner)?","stalking-08":"Has the stalker been violent to anyone else?","stalking-09":"Has the stalker drawn others in, knowingly or not, to help (stalking by proxy)?","stalking-10":"Has the stalker had problems with alcohol, drugs or mental health in the past year?","stalking-11":"Has the stalker been abusive to a partner or a family member in the past?"}}}};
const schema58 = {"description":"An RFC 3339 date-time with its UTC offset.","type":"string","format":"date-time"};
const schema59 = {"description":"A calendar date, YYYY-MM-DD.","type":"string","format":"date"};
const schema60 = {"type":"string","minLength":1,"maxLength":200};
const schema61 = {"type":"string","minLength":1,"maxLength":2000};
const schema63 = {"type":"string","minLength":1,"maxLength":20000};
const func0 = module3.default;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://daybook.invalid/schemas/case-document/risk-review/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.written_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "written_at"},message:"must have required property '"+"written_at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.assessed_on === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "assessed_on"},message:"must have required property '"+"assessed_on"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.answers === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "answers"},message:"must have required property '"+"answers"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.professional_judgement === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "professional_judgement"},message:"must have required property '"+"professional_judgement"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.next_review_due === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_review_due"},message:"must have required property '"+"next_review_due"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "schema_version") || (key0 === "written_at")) || (key0 === "assessed_on")) || (key0 === "assessor")) || (key0 === "answers")) || (key0 === "professional_judgement")) || (key0 === "next_review_due")) || (key0 === "notes"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err7 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.written_at !== undefined){
let data1 = data.written_at;
if(typeof data1 === "string"){
if(!(formats0(data1))){
const err8 = {instancePath:instancePath+"/written_at",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/written_at",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.assessed_on !== undefined){
let data2 = data.assessed_on;
if(typeof data2 === "string"){
if(!(formats2(data2))){
const err10 = {instancePath:instancePath+"/assessed_on",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/assessed_on",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.assessor !== undefined){
let data3 = data.assessor;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name === undefined){
const err12 = {instancePath:instancePath+"/assessor",schemaPath:"#/properties/assessor/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "name") || (key1 === "role"))){
const err13 = {instancePath:instancePath+"/assessor",schemaPath:"#/properties/assessor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.name !== undefined){
let data4 = data3.name;
if(typeof data4 === "string"){
if(func2(data4) > 200){
const err14 = {instancePath:instancePath+"/assessor/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data4) < 1){
const err15 = {instancePath:instancePath+"/assessor/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/assessor/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.role !== undefined){
let data5 = data3.role;
if(typeof data5 === "string"){
if(func2(data5) > 2000){
const err17 = {instancePath:instancePath+"/assessor/role",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data5) < 1){
const err18 = {instancePath:instancePath+"/assessor/role",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/assessor/role",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/assessor",schemaPath:"#/properties/assessor/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.answers !== undefined){
let data6 = data.answers;
if(Array.isArray(data6)){
if(data6.length > 38){
const err21 = {instancePath:instancePath+"/answers",schemaPath:"#/properties/answers/maxItems",keyword:"maxItems",params:{limit: 38},message:"must NOT have more than 38 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.question === undefined){
const err22 = {instancePath:instancePath+"/answers/" + i0,schemaPath:"#/properties/answers/items/required",keyword:"required",params:{missingProperty: "question"},message:"must have required property '"+"question"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.answer === undefined){
const err23 = {instancePath:instancePath+"/answers/" + i0,schemaPath:"#/properties/answers/items/required",keyword:"required",params:{missingProperty: "answer"},message:"must have required property '"+"answer"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data7){
if(!(((key2 === "question") || (key2 === "answer")) || (key2 === "comment"))){
const err24 = {instancePath:instancePath+"/answers/" + i0,schemaPath:"#/properties/answers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.question !== undefined){
let data8 = data7.question;
if(!((((((((((((((((((((((((((((((((((((((data8 === "dash-01") || (data8 === "dash-02")) || (data8 === "dash-03")) || (data8 === "dash-04")) || (data8 === "dash-05")) || (data8 === "dash-06")) || (data8 === "dash-07")) || (data8 === "dash-08")) || (data8 === "dash-09")) || (data8 === "dash-10")) || (data8 === "dash-11")) || (data8 === "dash-12")) || (data8 === "dash-13")) || (data8 === "dash-14")) || (data8 === "dash-15")) || (data8 === "dash-16")) || (data8 === "dash-17")) || (data8 === "dash-18")) || (data8 === "dash-19")) || (data8 === "dash-20")) || (data8 === "dash-21")) || (data8 === "dash-22")) || (data8 === "dash-23")) || (data8 === "dash-24")) || (data8 === "dash-25")) || (data8 === "dash-26")) || (data8 === "dash-27")) || (data8 === "stalking-01")) || (data8 === "stalking-02")) || (data8 === "stalking-03")) || (data8 === "stalking-04")) || (data8 === "stalking-05")) || (data8 === "stalking-06")) || (data8 === "stalking-07")) || (data8 === "stalking-08")) || (data8 === "stalking-09")) || (data8 === "stalking-10")) || (data8 === "stalking-11"))){
const err25 = {instancePath:instancePath+"/answers/" + i0+"/question",schemaPath:"#/properties/answers/items/properties/question/enum",keyword:"enum",params:{allowedValues: schema57.properties.answers.items.properties.question.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.answer !== undefined){
let data9 = data7.answer;
if(!((((data9 === "yes") || (data9 === "no")) || (data9 === "not-known")) || (data9 === "declined"))){
const err26 = {instancePath:instancePath+"/answers/" + i0+"/answer",schemaPath:"#/properties/answers/items/properties/answer/enum",keyword:"enum",params:{allowedValues: schema57.properties.answers.items.properties.answer.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7.comment !== undefined){
let data10 = data7.comment;
if(typeof data10 === "string"){
if(func2(data10) > 2000){
const err27 = {instancePath:instancePath+"/answers/" + i0+"/comment",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func2(data10) < 1){
const err28 = {instancePath:instancePath+"/answers/" + i0+"/comment",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/answers/" + i0+"/comment",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/answers/" + i0,schemaPath:"#/properties/answers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data6[i1], data6[j0])){
const err31 = {instancePath:instancePath+"/answers",schemaPath:"#/properties/answers/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/answers",schemaPath:"#/properties/answers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.professional_judgement !== undefined){
let data11 = data.professional_judgement;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.level === undefined){
const err33 = {instancePath:instancePath+"/professional_judgement",schemaPath:"#/properties/professional_judgement/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data11.reasoning === undefined){
const err34 = {instancePath:instancePath+"/professional_judgement",schemaPath:"#/properties/professional_judgement/required",keyword:"required",params:{missingProperty: "reasoning"},message:"must have required property '"+"reasoning"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key3 in data11){
if(!(((key3 === "level") || (key3 === "reasoning")) || (key3 === "marac_referral"))){
const err35 = {instancePath:instancePath+"/professional_judgement",schemaPath:"#/properties/professional_judgement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.level !== undefined){
let data12 = data11.level;
if(!(((data12 === "standard") || (data12 === "medium")) || (data12 === "high"))){
const err36 = {instancePath:instancePath+"/professional_judgement/level",schemaPath:"#/properties/professional_judgement/properties/level/enum",keyword:"enum",params:{allowedValues: schema57.properties.professional_judgement.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.reasoning !== undefined){
let data13 = data11.reasoning;
if(typeof data13 === "string"){
if(func2(data13) > 20000){
const err37 = {instancePath:instancePath+"/professional_judgement/reasoning",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func2(data13) < 1){
const err38 = {instancePath:instancePath+"/professional_judgement/reasoning",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/professional_judgement/reasoning",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.marac_referral !== undefined){
if(typeof data11.marac_referral !== "boolean"){
const err40 = {instancePath:instancePath+"/professional_judgement/marac_referral",schemaPath:"#/properties/professional_judgement/properties/marac_referral/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/professional_judgement",schemaPath:"#/properties/professional_judgement/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.next_review_due !== undefined){
let data15 = data.next_review_due;
if(typeof data15 === "string"){
if(!(formats2(data15))){
const err42 = {instancePath:instancePath+"/next_review_due",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/next_review_due",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.notes !== undefined){
let data16 = data.notes;
if(typeof data16 === "string"){
if(func2(data16) > 20000){
const err44 = {instancePath:instancePath+"/notes",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(func2(data16) < 1){
const err45 = {instancePath:instancePath+"/notes",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/notes",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const orders = validate22;
const schema66 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://daybook.invalid/schemas/case-document/orders/v1.json","title":"Daybook orders and conditions, schema version 1","description":"The register of orders and conditions that protect the victim: each order with its type, who issued it, its reference, when it starts and ends, and its conditions one by one, each with an id an incident can refer to (a possible breach). It travels end-to-end encrypted as the content of a case document of kind 'orders' (docs/protocol/26-advocacy.md, case documents); the server never sees it. Validators MUST assert the 'format' keywords. A reader MUST reject a schema_version it does not know.","type":"object","additionalProperties":false,"required":["schema_version","written_at","orders"],"properties":{"schema_version":{"description":"Version of this schema; a new version gets a new $id.","const":1},"written_at":{"$ref":"#/$defs/date_time","description":"When the author's device wrote this version."},"orders":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["id","type","issued_by","start","conditions"],"properties":{"id":{"$ref":"#/$defs/id"},"type":{"description":"The kind of order.","enum":["stalking-protection-order","interim-stalking-protection-order","restraining-order","non-molestation-order","bail-conditions","us-protective-order","other"]},"type_other":{"$ref":"#/$defs/short_text","description":"What it is, when the type is 'other'."},"issued_by":{"$ref":"#/$defs/short_text","description":"The court or body that made it, e.g. 'Northshire Magistrates' Court' or 'Northshire Police (pre-charge bail)'."},"reference":{"type":"string","minLength":1,"maxLength":100,"description":"The case or order reference."},"start":{"$ref":"#/$defs/date","description":"When it takes effect."},"end":{"description":"When it ends; null or absent: until further order.","anyOf":[{"$ref":"#/$defs/date"},{"type":"null"}]},"served_on":{"$ref":"#/$defs/date","description":"When the perpetrator was served with it, if known."},"conditions":{"type":"array","maxItems":100,"items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"$ref":"#/$defs/id"},"text":{"$ref":"#/$defs/long_text","description":"The condition as the order states it, e.g. 'not to contact the victim by any means'."}}},"description":"The conditions, one by one."},"notes":{"$ref":"#/$defs/long_text"}},"if":{"properties":{"type":{"const":"other"}}},"then":{"required":["type_other"]}},"description":"Every order, in force or ended."}},"$defs":{"id":{"description":"An id the device chooses, unique within its list, so that other documents can refer to the item (for example an incident referring to one condition of an order).","type":"string","pattern":"^[A-Za-z0-9._-]{1,32}$"},"date":{"description":"A calendar date, YYYY-MM-DD.","type":"string","format":"date"},"date_time":{"description":"An RFC 3339 date-time with its UTC offset.","type":"string","format":"date-time"},"short_text":{"type":"string","minLength":1,"maxLength":2000},"long_text":{"type":"string","minLength":1,"maxLength":20000},"name":{"type":"string","minLength":1,"maxLength":200}}};
const schema67 = {"description":"An RFC 3339 date-time with its UTC offset.","type":"string","format":"date-time"};
const schema68 = {"description":"An id the device chooses, unique within its list, so that other documents can refer to the item (for example an incident referring to one condition of an order).","type":"string","pattern":"^[A-Za-z0-9._-]{1,32}$"};
const schema69 = {"type":"string","minLength":1,"maxLength":2000};
const schema71 = {"description":"A calendar date, YYYY-MM-DD.","type":"string","format":"date"};
const schema75 = {"type":"string","minLength":1,"maxLength":20000};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://daybook.invalid/schemas/case-document/orders/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.written_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "written_at"},message:"must have required property '"+"written_at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.orders === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orders"},message:"must have required property '"+"orders"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "schema_version") || (key0 === "written_at")) || (key0 === "orders"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err4 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.written_at !== undefined){
let data1 = data.written_at;
if(typeof data1 === "string"){
if(!(formats0(data1))){
const err5 = {instancePath:instancePath+"/written_at",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/written_at",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.orders !== undefined){
let data2 = data.orders;
if(Array.isArray(data2)){
if(data2.length > 50){
const err7 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs10 = errors;
let valid4 = true;
const _errs11 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.type !== undefined){
if("other" !== data3.type){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
var _valid0 = _errs11 === errors;
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs13 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.type_other === undefined){
const err9 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/then/required",keyword:"required",params:{missingProperty: "type_other"},message:"must have required property '"+"type_other"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid0 = _errs13 === errors;
valid4 = _valid0;
}
if(!valid4){
const err10 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err11 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.type === undefined){
const err12 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.issued_by === undefined){
const err13 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "issued_by"},message:"must have required property '"+"issued_by"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.start === undefined){
const err14 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3.conditions === undefined){
const err15 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "conditions"},message:"must have required property '"+"conditions"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data3){
if(!(func1.call(schema66.properties.orders.items.properties, key1))){
const err16 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.id !== undefined){
let data5 = data3.id;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err17 = {instancePath:instancePath+"/orders/" + i0+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/orders/" + i0+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.type !== undefined){
let data6 = data3.type;
if(!(((((((data6 === "stalking-protection-order") || (data6 === "interim-stalking-protection-order")) || (data6 === "restraining-order")) || (data6 === "non-molestation-order")) || (data6 === "bail-conditions")) || (data6 === "us-protective-order")) || (data6 === "other"))){
const err19 = {instancePath:instancePath+"/orders/" + i0+"/type",schemaPath:"#/properties/orders/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema66.properties.orders.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.type_other !== undefined){
let data7 = data3.type_other;
if(typeof data7 === "string"){
if(func2(data7) > 2000){
const err20 = {instancePath:instancePath+"/orders/" + i0+"/type_other",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data7) < 1){
const err21 = {instancePath:instancePath+"/orders/" + i0+"/type_other",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/orders/" + i0+"/type_other",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data3.issued_by !== undefined){
let data8 = data3.issued_by;
if(typeof data8 === "string"){
if(func2(data8) > 2000){
const err23 = {instancePath:instancePath+"/orders/" + i0+"/issued_by",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data8) < 1){
const err24 = {instancePath:instancePath+"/orders/" + i0+"/issued_by",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/orders/" + i0+"/issued_by",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data3.reference !== undefined){
let data9 = data3.reference;
if(typeof data9 === "string"){
if(func2(data9) > 100){
const err26 = {instancePath:instancePath+"/orders/" + i0+"/reference",schemaPath:"#/properties/orders/items/properties/reference/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data9) < 1){
const err27 = {instancePath:instancePath+"/orders/" + i0+"/reference",schemaPath:"#/properties/orders/items/properties/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/orders/" + i0+"/reference",schemaPath:"#/properties/orders/items/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data3.start !== undefined){
let data10 = data3.start;
if(typeof data10 === "string"){
if(!(formats2(data10))){
const err29 = {instancePath:instancePath+"/orders/" + i0+"/start",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/orders/" + i0+"/start",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data3.end !== undefined){
let data11 = data3.end;
const _errs31 = errors;
let valid11 = false;
const _errs32 = errors;
if(typeof data11 === "string"){
if(!(formats2(data11))){
const err31 = {instancePath:instancePath+"/orders/" + i0+"/end",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/orders/" + i0+"/end",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid1 = _errs32 === errors;
valid11 = valid11 || _valid1;
const _errs35 = errors;
if(data11 !== null){
const err33 = {instancePath:instancePath+"/orders/" + i0+"/end",schemaPath:"#/properties/orders/items/properties/end/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid1 = _errs35 === errors;
valid11 = valid11 || _valid1;
if(!valid11){
const err34 = {instancePath:instancePath+"/orders/" + i0+"/end",schemaPath:"#/properties/orders/items/properties/end/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
}
if(data3.served_on !== undefined){
let data12 = data3.served_on;
if(typeof data12 === "string"){
if(!(formats2(data12))){
const err35 = {instancePath:instancePath+"/orders/" + i0+"/served_on",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/orders/" + i0+"/served_on",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data3.conditions !== undefined){
let data13 = data3.conditions;
if(Array.isArray(data13)){
if(data13.length > 100){
const err37 = {instancePath:instancePath+"/orders/" + i0+"/conditions",schemaPath:"#/properties/orders/items/properties/conditions/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.id === undefined){
const err38 = {instancePath:instancePath+"/orders/" + i0+"/conditions/" + i1,schemaPath:"#/properties/orders/items/properties/conditions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data14.text === undefined){
const err39 = {instancePath:instancePath+"/orders/" + i0+"/conditions/" + i1,schemaPath:"#/properties/orders/items/properties/conditions/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key2 in data14){
if(!((key2 === "id") || (key2 === "text"))){
const err40 = {instancePath:instancePath+"/orders/" + i0+"/conditions/" + i1,schemaPath:"#/properties/orders/items/properties/conditions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data14.id !== undefined){
let data15 = data14.id;
if(typeof data15 === "string"){
if(!pattern4.test(data15)){
const err41 = {instancePath:instancePath+"/orders/" + i0+"/conditions/" + i1+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/orders/" + i0+"/conditions/" + i1+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data14.text !== undefined){
let data16 = data14.text;
if(typeof data16 === "string"){
if(func2(data16) > 20000){
const err43 = {instancePath:instancePath+"/orders/" + i0+"/conditions/" + i1+"/text",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func2(data16) < 1){
const err44 = {instancePath:instancePath+"/orders/" + i0+"/conditions/" + i1+"/text",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/orders/" + i0+"/conditions/" + i1+"/text",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/orders/" + i0+"/conditions/" + i1,schemaPath:"#/properties/orders/items/properties/conditions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/orders/" + i0+"/conditions",schemaPath:"#/properties/orders/items/properties/conditions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data3.notes !== undefined){
let data17 = data3.notes;
if(typeof data17 === "string"){
if(func2(data17) > 20000){
const err48 = {instancePath:instancePath+"/orders/" + i0+"/notes",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(func2(data17) < 1){
const err49 = {instancePath:instancePath+"/orders/" + i0+"/notes",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/orders/" + i0+"/notes",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const caseProgress = validate23;
const schema77 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://daybook.invalid/schemas/case-document/case-progress/v1.json","title":"Daybook case progress, schema version 1","description":"The criminal case as it goes through the police and the courts: the crime reference and force, the officer in charge, and dated events written by the victim or the advocate. It travels end-to-end encrypted as the content of a case document of kind 'case-progress' (docs/protocol/26-advocacy.md, case documents); the server never sees it. Validators MUST assert the 'format' keywords. A reader MUST reject a schema_version it does not know.","type":"object","additionalProperties":false,"required":["schema_version","written_at"],"properties":{"schema_version":{"description":"Version of this schema; a new version gets a new $id.","const":1},"written_at":{"$ref":"#/$defs/date_time","description":"When the author's device wrote this version."},"crime_reference":{"type":"string","minLength":1,"maxLength":100,"description":"The crime reference number."},"force":{"$ref":"#/$defs/short_text","description":"The police force."},"officer_in_charge":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/name"},"collar_number":{"type":"string","minLength":1,"maxLength":32,"description":"Collar or warrant number."},"contact":{"$ref":"#/$defs/short_text","description":"How to reach them."}},"description":"The officer in charge of the case."},"events":{"type":"array","maxItems":500,"items":{"type":"object","additionalProperties":false,"required":["id","date","type","recorded_by"],"properties":{"id":{"$ref":"#/$defs/id"},"date":{"$ref":"#/$defs/date","description":"When it happened."},"type":{"enum":["reported","statement-given","arrest","bail","charge-decision","hearing","outcome","perpetrator-released","other"]},"summary":{"$ref":"#/$defs/long_text","description":"What happened, e.g. the charge decision, the court and what was decided."},"bail_conditions":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/short_text"},"description":"For bail: its conditions."},"recorded_by":{"description":"Who wrote this event down.","enum":["victim","advocate"]}}},"description":"What happened, in date order."},"notes":{"$ref":"#/$defs/long_text"}},"$defs":{"id":{"description":"An id the device chooses, unique within its list, so that other documents can refer to the item (for example an incident referring to one condition of an order).","type":"string","pattern":"^[A-Za-z0-9._-]{1,32}$"},"date":{"description":"A calendar date, YYYY-MM-DD.","type":"string","format":"date"},"date_time":{"description":"An RFC 3339 date-time with its UTC offset.","type":"string","format":"date-time"},"short_text":{"type":"string","minLength":1,"maxLength":2000},"long_text":{"type":"string","minLength":1,"maxLength":20000},"name":{"type":"string","minLength":1,"maxLength":200}}};
const schema78 = {"description":"An RFC 3339 date-time with its UTC offset.","type":"string","format":"date-time"};
const schema79 = {"type":"string","minLength":1,"maxLength":2000};
const schema80 = {"type":"string","minLength":1,"maxLength":200};
const schema82 = {"description":"An id the device chooses, unique within its list, so that other documents can refer to the item (for example an incident referring to one condition of an order).","type":"string","pattern":"^[A-Za-z0-9._-]{1,32}$"};
const schema83 = {"description":"A calendar date, YYYY-MM-DD.","type":"string","format":"date"};
const schema84 = {"type":"string","minLength":1,"maxLength":20000};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://daybook.invalid/schemas/case-document/case-progress/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.written_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "written_at"},message:"must have required property '"+"written_at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "schema_version") || (key0 === "written_at")) || (key0 === "crime_reference")) || (key0 === "force")) || (key0 === "officer_in_charge")) || (key0 === "events")) || (key0 === "notes"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err3 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.written_at !== undefined){
let data1 = data.written_at;
if(typeof data1 === "string"){
if(!(formats0(data1))){
const err4 = {instancePath:instancePath+"/written_at",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/written_at",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.crime_reference !== undefined){
let data2 = data.crime_reference;
if(typeof data2 === "string"){
if(func2(data2) > 100){
const err6 = {instancePath:instancePath+"/crime_reference",schemaPath:"#/properties/crime_reference/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data2) < 1){
const err7 = {instancePath:instancePath+"/crime_reference",schemaPath:"#/properties/crime_reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/crime_reference",schemaPath:"#/properties/crime_reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.force !== undefined){
let data3 = data.force;
if(typeof data3 === "string"){
if(func2(data3) > 2000){
const err9 = {instancePath:instancePath+"/force",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/force",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/force",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.officer_in_charge !== undefined){
let data4 = data.officer_in_charge;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err12 = {instancePath:instancePath+"/officer_in_charge",schemaPath:"#/properties/officer_in_charge/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data4){
if(!(((key1 === "name") || (key1 === "collar_number")) || (key1 === "contact"))){
const err13 = {instancePath:instancePath+"/officer_in_charge",schemaPath:"#/properties/officer_in_charge/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 === "string"){
if(func2(data5) > 200){
const err14 = {instancePath:instancePath+"/officer_in_charge/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data5) < 1){
const err15 = {instancePath:instancePath+"/officer_in_charge/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/officer_in_charge/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.collar_number !== undefined){
let data6 = data4.collar_number;
if(typeof data6 === "string"){
if(func2(data6) > 32){
const err17 = {instancePath:instancePath+"/officer_in_charge/collar_number",schemaPath:"#/properties/officer_in_charge/properties/collar_number/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data6) < 1){
const err18 = {instancePath:instancePath+"/officer_in_charge/collar_number",schemaPath:"#/properties/officer_in_charge/properties/collar_number/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/officer_in_charge/collar_number",schemaPath:"#/properties/officer_in_charge/properties/collar_number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.contact !== undefined){
let data7 = data4.contact;
if(typeof data7 === "string"){
if(func2(data7) > 2000){
const err20 = {instancePath:instancePath+"/officer_in_charge/contact",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data7) < 1){
const err21 = {instancePath:instancePath+"/officer_in_charge/contact",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/officer_in_charge/contact",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/officer_in_charge",schemaPath:"#/properties/officer_in_charge/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.events !== undefined){
let data8 = data.events;
if(Array.isArray(data8)){
if(data8.length > 500){
const err24 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err25 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/properties/events/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data9.date === undefined){
const err26 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/properties/events/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9.type === undefined){
const err27 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/properties/events/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data9.recorded_by === undefined){
const err28 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/properties/events/items/required",keyword:"required",params:{missingProperty: "recorded_by"},message:"must have required property '"+"recorded_by"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key2 in data9){
if(!((((((key2 === "id") || (key2 === "date")) || (key2 === "type")) || (key2 === "summary")) || (key2 === "bail_conditions")) || (key2 === "recorded_by"))){
const err29 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/properties/events/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data9.id !== undefined){
let data10 = data9.id;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err30 = {instancePath:instancePath+"/events/" + i0+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/events/" + i0+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.date !== undefined){
let data11 = data9.date;
if(typeof data11 === "string"){
if(!(formats2(data11))){
const err32 = {instancePath:instancePath+"/events/" + i0+"/date",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/events/" + i0+"/date",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data9.type !== undefined){
let data12 = data9.type;
if(!(((((((((data12 === "reported") || (data12 === "statement-given")) || (data12 === "arrest")) || (data12 === "bail")) || (data12 === "charge-decision")) || (data12 === "hearing")) || (data12 === "outcome")) || (data12 === "perpetrator-released")) || (data12 === "other"))){
const err34 = {instancePath:instancePath+"/events/" + i0+"/type",schemaPath:"#/properties/events/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema77.properties.events.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data9.summary !== undefined){
let data13 = data9.summary;
if(typeof data13 === "string"){
if(func2(data13) > 20000){
const err35 = {instancePath:instancePath+"/events/" + i0+"/summary",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func2(data13) < 1){
const err36 = {instancePath:instancePath+"/events/" + i0+"/summary",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/events/" + i0+"/summary",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data9.bail_conditions !== undefined){
let data14 = data9.bail_conditions;
if(Array.isArray(data14)){
if(data14.length > 50){
const err38 = {instancePath:instancePath+"/events/" + i0+"/bail_conditions",schemaPath:"#/properties/events/items/properties/bail_conditions/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(typeof data15 === "string"){
if(func2(data15) > 2000){
const err39 = {instancePath:instancePath+"/events/" + i0+"/bail_conditions/" + i1,schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func2(data15) < 1){
const err40 = {instancePath:instancePath+"/events/" + i0+"/bail_conditions/" + i1,schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/events/" + i0+"/bail_conditions/" + i1,schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/events/" + i0+"/bail_conditions",schemaPath:"#/properties/events/items/properties/bail_conditions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data9.recorded_by !== undefined){
let data16 = data9.recorded_by;
if(!((data16 === "victim") || (data16 === "advocate"))){
const err43 = {instancePath:instancePath+"/events/" + i0+"/recorded_by",schemaPath:"#/properties/events/items/properties/recorded_by/enum",keyword:"enum",params:{allowedValues: schema77.properties.events.items.properties.recorded_by.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/properties/events/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.notes !== undefined){
let data17 = data.notes;
if(typeof data17 === "string"){
if(func2(data17) > 20000){
const err46 = {instancePath:instancePath+"/notes",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(func2(data17) < 1){
const err47 = {instancePath:instancePath+"/notes",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/notes",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
