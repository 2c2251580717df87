// @ts-nocheck
// Generated from schemas/incident.schema.json and incident-v2.schema.json by scripts/incident-schema.mjs: do not edit.
import module0 from "ajv/dist/runtime/ucs2length.js";
import module1 from "ajv/dist/runtime/equal.js";
import module2 from "../protocol/json_formats.js";
import module3 from "../protocol/json_formats.js";
import module4 from "../protocol/json_formats.js";
"use strict";
export const validateV1 = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://daybook.invalid/schemas/incident/v1.json","title":"Daybook incident, schema version 1","description":"The plaintext of one diary entry: one incident of stalking or harassment as the victim records it on their device. The server never sees it (it travels encrypted, one disclosure per top-level field, at most 16 top-level fields); the client library and the bundle renderer validate it. Validators MUST assert the 'format' keywords (date-time, uuid). Rules this schema cannot express (the time zone exists, the end is not before the start, attachment ids are unique) are in docs/INCIDENT.md and the reference client. A reader MUST reject a schema_version it does not know.","type":"object","additionalProperties":false,"required":["schema_version","occurred","recorded_at","description","behaviours"],"properties":{"schema_version":{"description":"Version of this schema the incident follows. Only optional fields may be added within a version; any other change makes a new version with a new $id.","const":1},"occurred":{"description":"When the incident happened, in the victim's time zone at the time.","type":"object","additionalProperties":false,"required":["start","time_zone"],"properties":{"start":{"$ref":"#/$defs/date_time","description":"When it began (or the single moment it happened)."},"end":{"$ref":"#/$defs/date_time","description":"When it ended, for incidents that lasted (loitering, following); not before start."},"time_zone":{"description":"IANA time zone name where it happened, e.g. Europe/London; it must exist in the tz database. Lets a report show local wall-clock times even for incidents recorded abroad.","type":"string","maxLength":64,"pattern":"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$","examples":["Europe/London","America/Argentina/Buenos_Aires","UTC"]}}},"recorded_at":{"$ref":"#/$defs/date_time","description":"When the entry was written on the device: shows the record is contemporaneous (the gap between occurred.start and recorded_at)."},"location":{"description":"Where it happened.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"description":{"$ref":"#/$defs/short_text","description":"The place in words, e.g. 'outside my work, 12 High Street'."},"coordinates":{"$ref":"#/$defs/coordinates","description":"The place as WGS 84 coordinates, if the device knew them."}}},"description":{"description":"What happened, in the victim's own words.","type":"string","minLength":1,"maxLength":50000},"behaviours":{"description":"Which behaviours the incident shows: the examples of acts associated with stalking in the Protection from Harassment Act 1997 s.2A(3), plus threats, violence and other.","type":"array","minItems":1,"uniqueItems":true,"items":{"description":"following: following a person; contacting: contacting or attempting to contact by any means; publishing: publishing any statement or material relating or purporting to relate to the person or to originate from them; monitoring_communications: monitoring their use of the internet, email or any other electronic communication; loitering: loitering in any place, public or private; interfering_with_property: interfering with any property in their possession; watching_or_spying: watching or spying on them; threats: threats of any kind; violence: violence or force; other: anything else, described in behaviour_other.","enum":["following","contacting","publishing","monitoring_communications","loitering","interfering_with_property","watching_or_spying","threats","violence","other"]}},"behaviour_other":{"$ref":"#/$defs/short_text","description":"What the 'other' behaviour was; required when behaviours contains 'other'."},"perpetrator":{"description":"Who did it, as far as the victim knows.","type":"object","additionalProperties":false,"required":["known"],"properties":{"known":{"description":"Whether the victim knows who the perpetrator is.","type":"boolean"},"name":{"$ref":"#/$defs/name","description":"The perpetrator's name, if known."},"relationship":{"$ref":"#/$defs/short_text","description":"Relationship to the victim, in the victim's words.","examples":["ex-partner","colleague","neighbour","stranger"]},"description":{"$ref":"#/$defs/short_text","description":"What the perpetrator looked like, wore or drove; useful when the name is not known."}}},"witnesses":{"description":"People who saw or heard the incident.","type":"array","maxItems":32,"items":{"description":"One witness.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/name","description":"The witness's name, or how to identify them ('the shop assistant')."},"contact":{"$ref":"#/$defs/short_text","description":"How to reach the witness (telephone, email, address), if known."},"statement":{"$ref":"#/$defs/long_text","description":"What the witness saw or heard, as they told it."}}}},"impact":{"description":"What the incident did to the victim. Under the Protection from Harassment Act 1997, harassing includes alarming the person or causing distress (s.7(2)); the aggravated offences need fear that violence will be used (s.4, s.4A) or serious alarm or distress with a substantial adverse effect on usual day-to-day activities (s.4A).","type":"object","additionalProperties":false,"minProperties":1,"properties":{"fear_of_violence":{"description":"The incident made the victim fear that violence would be used against them.","type":"boolean"},"alarm_or_distress":{"description":"The incident caused the victim alarm or distress.","type":"boolean"},"changes_to_daily_life":{"$ref":"#/$defs/long_text","description":"How the victim changed their usual day-to-day activities (route to work, moving home, stopping going out)."},"cost":{"description":"Money the incident cost the victim (repairs, new locks, travel).","type":"object","additionalProperties":false,"required":["amount","currency"],"properties":{"amount":{"description":"The amount, in the currency's major unit (pounds, not pence).","type":"number","minimum":0},"currency":{"description":"ISO 4217 alphabetic currency code, e.g. GBP.","type":"string","pattern":"^[A-Z]{3}$"}}},"notes":{"$ref":"#/$defs/long_text","description":"Anything else about the impact, in the victim's words."}}},"report":{"description":"Whether and where the incident was reported.","type":"object","additionalProperties":false,"required":["reported"],"properties":{"reported":{"description":"Whether the incident was reported to anyone in authority.","type":"boolean"},"to":{"$ref":"#/$defs/short_text","description":"Who it was reported to: a police force, an agency, a landlord, an employer.","examples":["Metropolitan Police","National Stalking Helpline"]},"police_reference":{"description":"The crime or incident reference number the police gave.","type":"string","minLength":1,"maxLength":100},"reported_at":{"$ref":"#/$defs/date_time","description":"When it was reported."}}},"attachments":{"description":"The evidence attached to the entry (photos, screenshots, recordings), each encrypted separately and referenced here with its key. attachment_id values must be unique.","type":"array","maxItems":64,"items":{"$ref":"#/$defs/attachment"}}},"if":{"required":["behaviours"],"properties":{"behaviours":{"contains":{"const":"other"}}}},"then":{"required":["behaviour_other"]},"$defs":{"date_time":{"description":"An RFC 3339 date-time with its UTC offset, e.g. 2025-03-14T21:05:00+00:00.","type":"string","format":"date-time"},"name":{"description":"A person's name or how to identify them.","type":"string","minLength":1,"maxLength":200},"short_text":{"description":"A short free text.","type":"string","minLength":1,"maxLength":2000},"long_text":{"description":"A longer free text.","type":"string","minLength":1,"maxLength":20000},"coordinates":{"description":"A position in WGS 84 decimal degrees.","type":"object","additionalProperties":false,"required":["latitude","longitude"],"properties":{"latitude":{"description":"Degrees north (negative: south).","type":"number","minimum":-90,"maximum":90},"longitude":{"description":"Degrees east (negative: west).","type":"number","minimum":-180,"maximum":180},"accuracy_m":{"description":"Radius of uncertainty in metres, as the device reported it.","type":"number","minimum":0}}},"base64url_32":{"description":"32 bytes in canonical base64url without padding (43 characters, trailing bits zero).","type":"string","pattern":"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},"stripped_form":{"description":"The metadata-stripped form of an attachment. With attachment_id it is a file of its own, uploaded and encrypted like any attachment (key, nonce_prefix and ciphertext_sha256 then required); without, the original already is its own stripped form and sha256 equals the original's.","type":"object","additionalProperties":false,"required":["sha256","size"],"properties":{"attachment_id":{"description":"The stripped copy's attachment id on the server: a UUID, lowercase and hyphenated.","type":"string","format":"uuid","pattern":"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},"size":{"description":"Size of the stripped form in bytes.","type":"integer","minimum":0,"maximum":9007199254740991},"sha256":{"description":"SHA-256 of the stripped form, 64 lowercase hex digits: the exhibit hash of a redacting bundle.","type":"string","pattern":"^[0-9a-f]{64}$"},"key":{"$ref":"#/$defs/base64url_32","description":"The stripped copy's 32-byte STREAM key."},"nonce_prefix":{"description":"The stripped copy's 7-byte STREAM nonce prefix, canonical base64url without padding.","type":"string","pattern":"^[A-Za-z0-9_-]{9}[AQgw]$"},"ciphertext_sha256":{"$ref":"#/$defs/base64url_32","description":"SHA-256 of the stripped copy's whole ciphertext."}},"dependentRequired":{"attachment_id":["key","nonce_prefix","ciphertext_sha256"],"key":["attachment_id"],"nonce_prefix":["attachment_id"],"ciphertext_sha256":["attachment_id"]}},"attachment":{"description":"A reference to one encrypted attachment: what the original file was, and what is needed to fetch, decrypt and check it.","type":"object","additionalProperties":false,"required":["attachment_id","file_name","media_type","size","sha256","key","nonce_prefix","ciphertext_sha256"],"properties":{"attachment_id":{"description":"The attachment's id on the server: a UUID, lowercase and hyphenated.","type":"string","format":"uuid","pattern":"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},"file_name":{"description":"The original file's name, without any directory.","type":"string","minLength":1,"maxLength":255,"pattern":"^[^/\\\\\\u0000-\\u001f\\u007f]+$"},"media_type":{"description":"The original file's media type (RFC 6838), lowercase, e.g. image/jpeg.","type":"string","maxLength":255,"pattern":"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"},"size":{"description":"Size of the original file in bytes.","type":"integer","minimum":0,"maximum":9007199254740991},"sha256":{"description":"SHA-256 of the original file, 64 lowercase hex digits: the exhibit hash a police pack lists and sha256sum checks.","type":"string","pattern":"^[0-9a-f]{64}$"},"captured_at":{"$ref":"#/$defs/date_time","description":"When the photo or recording was taken, from the file's own metadata (EXIF DateTimeOriginal), if any."},"capture_location":{"$ref":"#/$defs/coordinates","description":"Where the photo was taken, from the file's own metadata (EXIF GPS), if any. Deprecated: clients no longer write it, because a bundle that withholds the incident's location still discloses this reference; a redacting bundle leaves out the files of an entry whose references carry it."},"stripped":{"$ref":"#/$defs/stripped_form","description":"The file's metadata-stripped form (docs/protocol §18.1), for JPEG and PNG files: what a bundle that withholds the location carries instead of the original. Absent for other files and in entries written before it existed."},"key":{"$ref":"#/$defs/base64url_32","description":"The attachment's 32-byte STREAM (AES-256-GCM) key, base64url without padding."},"nonce_prefix":{"description":"The attachment's 7-byte STREAM nonce prefix, canonical base64url without padding (10 characters).","type":"string","pattern":"^[A-Za-z0-9_-]{9}[AQgw]$"},"ciphertext_sha256":{"$ref":"#/$defs/base64url_32","description":"SHA-256 of the whole attachment ciphertext (every sealed chunk in order), base64url without padding: ties the stored blob to this entry."}}}}};
const schema32 = {"description":"An RFC 3339 date-time with its UTC offset, e.g. 2025-03-14T21:05:00+00:00.","type":"string","format":"date-time"};
const schema35 = {"description":"A short free text.","type":"string","minLength":1,"maxLength":2000};
const schema36 = {"description":"A position in WGS 84 decimal degrees.","type":"object","additionalProperties":false,"required":["latitude","longitude"],"properties":{"latitude":{"description":"Degrees north (negative: south).","type":"number","minimum":-90,"maximum":90},"longitude":{"description":"Degrees east (negative: west).","type":"number","minimum":-180,"maximum":180},"accuracy_m":{"description":"Radius of uncertainty in metres, as the device reported it.","type":"number","minimum":0}}};
const schema38 = {"description":"A person's name or how to identify them.","type":"string","minLength":1,"maxLength":200};
const schema43 = {"description":"A longer free text.","type":"string","minLength":1,"maxLength":20000};
const func1 = Object.prototype.hasOwnProperty;
const func2 = module0.default;
const func0 = module1.default;
const formats0 = module2.formats["date-time"];
const pattern4 = new RegExp("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$", "u");
const pattern5 = new RegExp("^[A-Z]{3}$", "u");
const schema48 = {"description":"A reference to one encrypted attachment: what the original file was, and what is needed to fetch, decrypt and check it.","type":"object","additionalProperties":false,"required":["attachment_id","file_name","media_type","size","sha256","key","nonce_prefix","ciphertext_sha256"],"properties":{"attachment_id":{"description":"The attachment's id on the server: a UUID, lowercase and hyphenated.","type":"string","format":"uuid","pattern":"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},"file_name":{"description":"The original file's name, without any directory.","type":"string","minLength":1,"maxLength":255,"pattern":"^[^/\\\\\\u0000-\\u001f\\u007f]+$"},"media_type":{"description":"The original file's media type (RFC 6838), lowercase, e.g. image/jpeg.","type":"string","maxLength":255,"pattern":"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"},"size":{"description":"Size of the original file in bytes.","type":"integer","minimum":0,"maximum":9007199254740991},"sha256":{"description":"SHA-256 of the original file, 64 lowercase hex digits: the exhibit hash a police pack lists and sha256sum checks.","type":"string","pattern":"^[0-9a-f]{64}$"},"captured_at":{"$ref":"#/$defs/date_time","description":"When the photo or recording was taken, from the file's own metadata (EXIF DateTimeOriginal), if any."},"capture_location":{"$ref":"#/$defs/coordinates","description":"Where the photo was taken, from the file's own metadata (EXIF GPS), if any. Deprecated: clients no longer write it, because a bundle that withholds the incident's location still discloses this reference; a redacting bundle leaves out the files of an entry whose references carry it."},"stripped":{"$ref":"#/$defs/stripped_form","description":"The file's metadata-stripped form (docs/protocol §18.1), for JPEG and PNG files: what a bundle that withholds the location carries instead of the original. Absent for other files and in entries written before it existed."},"key":{"$ref":"#/$defs/base64url_32","description":"The attachment's 32-byte STREAM (AES-256-GCM) key, base64url without padding."},"nonce_prefix":{"description":"The attachment's 7-byte STREAM nonce prefix, canonical base64url without padding (10 characters).","type":"string","pattern":"^[A-Za-z0-9_-]{9}[AQgw]$"},"ciphertext_sha256":{"$ref":"#/$defs/base64url_32","description":"SHA-256 of the whole attachment ciphertext (every sealed chunk in order), base64url without padding: ties the stored blob to this entry."}}};
const schema52 = {"description":"32 bytes in canonical base64url without padding (43 characters, trailing bits zero).","type":"string","pattern":"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"};
const formats8 = module3.formats.uuid;
const pattern6 = new RegExp("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "u");
const pattern7 = new RegExp("^[^/\\\\\\u0000-\\u001f\\u007f]+$", "u");
const pattern8 = new RegExp("^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$", "u");
const pattern9 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern12 = new RegExp("^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$", "u");
const pattern13 = new RegExp("^[A-Za-z0-9_-]{9}[AQgw]$", "u");
const schema51 = {"description":"The metadata-stripped form of an attachment. With attachment_id it is a file of its own, uploaded and encrypted like any attachment (key, nonce_prefix and ciphertext_sha256 then required); without, the original already is its own stripped form and sha256 equals the original's.","type":"object","additionalProperties":false,"required":["sha256","size"],"properties":{"attachment_id":{"description":"The stripped copy's attachment id on the server: a UUID, lowercase and hyphenated.","type":"string","format":"uuid","pattern":"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},"size":{"description":"Size of the stripped form in bytes.","type":"integer","minimum":0,"maximum":9007199254740991},"sha256":{"description":"SHA-256 of the stripped form, 64 lowercase hex digits: the exhibit hash of a redacting bundle.","type":"string","pattern":"^[0-9a-f]{64}$"},"key":{"$ref":"#/$defs/base64url_32","description":"The stripped copy's 32-byte STREAM key."},"nonce_prefix":{"description":"The stripped copy's 7-byte STREAM nonce prefix, canonical base64url without padding.","type":"string","pattern":"^[A-Za-z0-9_-]{9}[AQgw]$"},"ciphertext_sha256":{"$ref":"#/$defs/base64url_32","description":"SHA-256 of the stripped copy's whole ciphertext."}},"dependentRequired":{"attachment_id":["key","nonce_prefix","ciphertext_sha256"],"key":["attachment_id"],"nonce_prefix":["attachment_id"],"ciphertext_sha256":["attachment_id"]}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.sha256 === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "attachment_id") || (key0 === "size")) || (key0 === "sha256")) || (key0 === "key")) || (key0 === "nonce_prefix")) || (key0 === "ciphertext_sha256"))){
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
if(data.attachment_id !== undefined){
let data0 = data.attachment_id;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/attachment_id",schemaPath:"#/properties/attachment_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(formats8(data0))){
const err4 = {instancePath:instancePath+"/attachment_id",schemaPath:"#/properties/attachment_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err5 = {instancePath:instancePath+"/attachment_id",schemaPath:"#/properties/attachment_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 9007199254740991 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.sha256 !== undefined){
let data2 = data.sha256;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err9 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.key !== undefined){
let data3 = data.key;
if(typeof data3 === "string"){
if(!pattern12.test(data3)){
const err11 = {instancePath:instancePath+"/key",schemaPath:"#/$defs/base64url_32/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""};
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
const err12 = {instancePath:instancePath+"/key",schemaPath:"#/$defs/base64url_32/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.nonce_prefix !== undefined){
let data4 = data.nonce_prefix;
if(typeof data4 === "string"){
if(!pattern13.test(data4)){
const err13 = {instancePath:instancePath+"/nonce_prefix",schemaPath:"#/properties/nonce_prefix/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{9}[AQgw]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{9}[AQgw]$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/nonce_prefix",schemaPath:"#/properties/nonce_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.ciphertext_sha256 !== undefined){
let data5 = data.ciphertext_sha256;
if(typeof data5 === "string"){
if(!pattern12.test(data5)){
const err15 = {instancePath:instancePath+"/ciphertext_sha256",schemaPath:"#/$defs/base64url_32/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""};
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
const err16 = {instancePath:instancePath+"/ciphertext_sha256",schemaPath:"#/$defs/base64url_32/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.attachment_id !== undefined){
if(data.key === undefined){
const err17 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "attachment_id",
    missingProperty: "key",
    depsCount: 3,
    deps: "key, nonce_prefix, ciphertext_sha256"},message:"must have properties key, nonce_prefix, ciphertext_sha256 when property attachment_id is present"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.nonce_prefix === undefined){
const err18 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "attachment_id",
    missingProperty: "nonce_prefix",
    depsCount: 3,
    deps: "key, nonce_prefix, ciphertext_sha256"},message:"must have properties key, nonce_prefix, ciphertext_sha256 when property attachment_id is present"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.ciphertext_sha256 === undefined){
const err19 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "attachment_id",
    missingProperty: "ciphertext_sha256",
    depsCount: 3,
    deps: "key, nonce_prefix, ciphertext_sha256"},message:"must have properties key, nonce_prefix, ciphertext_sha256 when property attachment_id is present"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.key !== undefined){
if(data.attachment_id === undefined){
const err20 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "key",
    missingProperty: "attachment_id",
    depsCount: 1,
    deps: "attachment_id"},message:"must have property attachment_id when property key is present"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.nonce_prefix !== undefined){
if(data.attachment_id === undefined){
const err21 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "nonce_prefix",
    missingProperty: "attachment_id",
    depsCount: 1,
    deps: "attachment_id"},message:"must have property attachment_id when property nonce_prefix is present"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.ciphertext_sha256 !== undefined){
if(data.attachment_id === undefined){
const err22 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "ciphertext_sha256",
    missingProperty: "attachment_id",
    depsCount: 1,
    deps: "attachment_id"},message:"must have property attachment_id when property ciphertext_sha256 is present"};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.attachment_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attachment_id"},message:"must have required property '"+"attachment_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.file_name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file_name"},message:"must have required property '"+"file_name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.media_type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_type"},message:"must have required property '"+"media_type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.size === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.sha256 === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.key === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.nonce_prefix === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nonce_prefix"},message:"must have required property '"+"nonce_prefix"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.ciphertext_sha256 === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ciphertext_sha256"},message:"must have required property '"+"ciphertext_sha256"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema48.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.attachment_id !== undefined){
let data0 = data.attachment_id;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err9 = {instancePath:instancePath+"/attachment_id",schemaPath:"#/properties/attachment_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats8(data0))){
const err10 = {instancePath:instancePath+"/attachment_id",schemaPath:"#/properties/attachment_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err11 = {instancePath:instancePath+"/attachment_id",schemaPath:"#/properties/attachment_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.file_name !== undefined){
let data1 = data.file_name;
if(typeof data1 === "string"){
if(func2(data1) > 255){
const err12 = {instancePath:instancePath+"/file_name",schemaPath:"#/properties/file_name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data1) < 1){
const err13 = {instancePath:instancePath+"/file_name",schemaPath:"#/properties/file_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern7.test(data1)){
const err14 = {instancePath:instancePath+"/file_name",schemaPath:"#/properties/file_name/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^/\\\\\\u0000-\\u001f\\u007f]+$"+"\""};
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
const err15 = {instancePath:instancePath+"/file_name",schemaPath:"#/properties/file_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.media_type !== undefined){
let data2 = data.media_type;
if(typeof data2 === "string"){
if(func2(data2) > 255){
const err16 = {instancePath:instancePath+"/media_type",schemaPath:"#/properties/media_type/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern8.test(data2)){
const err17 = {instancePath:instancePath+"/media_type",schemaPath:"#/properties/media_type/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"+"\""};
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
const err18 = {instancePath:instancePath+"/media_type",schemaPath:"#/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.size !== undefined){
let data3 = data.size;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err19 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 9007199254740991 || isNaN(data3)){
const err20 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err21 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.sha256 !== undefined){
let data4 = data.sha256;
if(typeof data4 === "string"){
if(!pattern9.test(data4)){
const err22 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.captured_at !== undefined){
let data5 = data.captured_at;
if(typeof data5 === "string"){
if(!(formats0(data5))){
const err24 = {instancePath:instancePath+"/captured_at",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err25 = {instancePath:instancePath+"/captured_at",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.capture_location !== undefined){
let data6 = data.capture_location;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.latitude === undefined){
const err26 = {instancePath:instancePath+"/capture_location",schemaPath:"#/$defs/coordinates/required",keyword:"required",params:{missingProperty: "latitude"},message:"must have required property '"+"latitude"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data6.longitude === undefined){
const err27 = {instancePath:instancePath+"/capture_location",schemaPath:"#/$defs/coordinates/required",keyword:"required",params:{missingProperty: "longitude"},message:"must have required property '"+"longitude"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key1 in data6){
if(!(((key1 === "latitude") || (key1 === "longitude")) || (key1 === "accuracy_m"))){
const err28 = {instancePath:instancePath+"/capture_location",schemaPath:"#/$defs/coordinates/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.latitude !== undefined){
let data7 = data6.latitude;
if(typeof data7 == "number"){
if(data7 > 90 || isNaN(data7)){
const err29 = {instancePath:instancePath+"/capture_location/latitude",schemaPath:"#/$defs/coordinates/properties/latitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data7 < -90 || isNaN(data7)){
const err30 = {instancePath:instancePath+"/capture_location/latitude",schemaPath:"#/$defs/coordinates/properties/latitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90"};
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
const err31 = {instancePath:instancePath+"/capture_location/latitude",schemaPath:"#/$defs/coordinates/properties/latitude/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data6.longitude !== undefined){
let data8 = data6.longitude;
if(typeof data8 == "number"){
if(data8 > 180 || isNaN(data8)){
const err32 = {instancePath:instancePath+"/capture_location/longitude",schemaPath:"#/$defs/coordinates/properties/longitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data8 < -180 || isNaN(data8)){
const err33 = {instancePath:instancePath+"/capture_location/longitude",schemaPath:"#/$defs/coordinates/properties/longitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/capture_location/longitude",schemaPath:"#/$defs/coordinates/properties/longitude/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.accuracy_m !== undefined){
let data9 = data6.accuracy_m;
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
const err35 = {instancePath:instancePath+"/capture_location/accuracy_m",schemaPath:"#/$defs/coordinates/properties/accuracy_m/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err36 = {instancePath:instancePath+"/capture_location/accuracy_m",schemaPath:"#/$defs/coordinates/properties/accuracy_m/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/capture_location",schemaPath:"#/$defs/coordinates/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.stripped !== undefined){
if(!(validate22(data.stripped, {instancePath:instancePath+"/stripped",parentData:data,parentDataProperty:"stripped",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.key !== undefined){
let data11 = data.key;
if(typeof data11 === "string"){
if(!pattern12.test(data11)){
const err38 = {instancePath:instancePath+"/key",schemaPath:"#/$defs/base64url_32/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""};
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
const err39 = {instancePath:instancePath+"/key",schemaPath:"#/$defs/base64url_32/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.nonce_prefix !== undefined){
let data12 = data.nonce_prefix;
if(typeof data12 === "string"){
if(!pattern13.test(data12)){
const err40 = {instancePath:instancePath+"/nonce_prefix",schemaPath:"#/properties/nonce_prefix/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{9}[AQgw]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{9}[AQgw]$"+"\""};
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
const err41 = {instancePath:instancePath+"/nonce_prefix",schemaPath:"#/properties/nonce_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.ciphertext_sha256 !== undefined){
let data13 = data.ciphertext_sha256;
if(typeof data13 === "string"){
if(!pattern12.test(data13)){
const err42 = {instancePath:instancePath+"/ciphertext_sha256",schemaPath:"#/$defs/base64url_32/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""};
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
const err43 = {instancePath:instancePath+"/ciphertext_sha256",schemaPath:"#/$defs/base64url_32/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://daybook.invalid/schemas/incident/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.behaviours === undefined) && (missing0 = "behaviours")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.behaviours !== undefined){
let data0 = data.behaviours;
if(Array.isArray(data0)){
const _errs4 = errors;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if("other" !== data0[i0]){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid2 = _errs5 === errors;
if(valid2){
break;
}
}
if(!valid2){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.behaviour_other === undefined){
const err3 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "behaviour_other"},message:"must have required property '"+"behaviour_other"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.occurred === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "occurred"},message:"must have required property '"+"occurred"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.recorded_at === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.description === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.behaviours === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "behaviours"},message:"must have required property '"+"behaviours"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err11 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.occurred !== undefined){
let data3 = data.occurred;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.start === undefined){
const err12 = {instancePath:instancePath+"/occurred",schemaPath:"#/properties/occurred/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.time_zone === undefined){
const err13 = {instancePath:instancePath+"/occurred",schemaPath:"#/properties/occurred/required",keyword:"required",params:{missingProperty: "time_zone"},message:"must have required property '"+"time_zone"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "start") || (key1 === "end")) || (key1 === "time_zone"))){
const err14 = {instancePath:instancePath+"/occurred",schemaPath:"#/properties/occurred/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.start !== undefined){
let data4 = data3.start;
if(typeof data4 === "string"){
if(!(formats0(data4))){
const err15 = {instancePath:instancePath+"/occurred/start",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err16 = {instancePath:instancePath+"/occurred/start",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.end !== undefined){
let data5 = data3.end;
if(typeof data5 === "string"){
if(!(formats0(data5))){
const err17 = {instancePath:instancePath+"/occurred/end",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err18 = {instancePath:instancePath+"/occurred/end",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.time_zone !== undefined){
let data6 = data3.time_zone;
if(typeof data6 === "string"){
if(func2(data6) > 64){
const err19 = {instancePath:instancePath+"/occurred/time_zone",schemaPath:"#/properties/occurred/properties/time_zone/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern4.test(data6)){
const err20 = {instancePath:instancePath+"/occurred/time_zone",schemaPath:"#/properties/occurred/properties/time_zone/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/occurred/time_zone",schemaPath:"#/properties/occurred/properties/time_zone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/occurred",schemaPath:"#/properties/occurred/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.recorded_at !== undefined){
let data7 = data.recorded_at;
if(typeof data7 === "string"){
if(!(formats0(data7))){
const err23 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.location !== undefined){
let data8 = data.location;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length < 1){
const err25 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data8){
if(!((key2 === "description") || (key2 === "coordinates"))){
const err26 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.description !== undefined){
let data9 = data8.description;
if(typeof data9 === "string"){
if(func2(data9) > 2000){
const err27 = {instancePath:instancePath+"/location/description",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func2(data9) < 1){
const err28 = {instancePath:instancePath+"/location/description",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err29 = {instancePath:instancePath+"/location/description",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.coordinates !== undefined){
let data10 = data8.coordinates;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.latitude === undefined){
const err30 = {instancePath:instancePath+"/location/coordinates",schemaPath:"#/$defs/coordinates/required",keyword:"required",params:{missingProperty: "latitude"},message:"must have required property '"+"latitude"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data10.longitude === undefined){
const err31 = {instancePath:instancePath+"/location/coordinates",schemaPath:"#/$defs/coordinates/required",keyword:"required",params:{missingProperty: "longitude"},message:"must have required property '"+"longitude"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key3 in data10){
if(!(((key3 === "latitude") || (key3 === "longitude")) || (key3 === "accuracy_m"))){
const err32 = {instancePath:instancePath+"/location/coordinates",schemaPath:"#/$defs/coordinates/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.latitude !== undefined){
let data11 = data10.latitude;
if(typeof data11 == "number"){
if(data11 > 90 || isNaN(data11)){
const err33 = {instancePath:instancePath+"/location/coordinates/latitude",schemaPath:"#/$defs/coordinates/properties/latitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data11 < -90 || isNaN(data11)){
const err34 = {instancePath:instancePath+"/location/coordinates/latitude",schemaPath:"#/$defs/coordinates/properties/latitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/location/coordinates/latitude",schemaPath:"#/$defs/coordinates/properties/latitude/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data10.longitude !== undefined){
let data12 = data10.longitude;
if(typeof data12 == "number"){
if(data12 > 180 || isNaN(data12)){
const err36 = {instancePath:instancePath+"/location/coordinates/longitude",schemaPath:"#/$defs/coordinates/properties/longitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data12 < -180 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/location/coordinates/longitude",schemaPath:"#/$defs/coordinates/properties/longitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/location/coordinates/longitude",schemaPath:"#/$defs/coordinates/properties/longitude/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data10.accuracy_m !== undefined){
let data13 = data10.accuracy_m;
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
const err39 = {instancePath:instancePath+"/location/coordinates/accuracy_m",schemaPath:"#/$defs/coordinates/properties/accuracy_m/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/location/coordinates/accuracy_m",schemaPath:"#/$defs/coordinates/properties/accuracy_m/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err41 = {instancePath:instancePath+"/location/coordinates",schemaPath:"#/$defs/coordinates/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err42 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.description !== undefined){
let data14 = data.description;
if(typeof data14 === "string"){
if(func2(data14) > 50000){
const err43 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 50000},message:"must NOT have more than 50000 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func2(data14) < 1){
const err44 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err45 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.behaviours !== undefined){
let data15 = data.behaviours;
if(Array.isArray(data15)){
if(data15.length < 1){
const err46 = {instancePath:instancePath+"/behaviours",schemaPath:"#/properties/behaviours/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(!((((((((((data16 === "following") || (data16 === "contacting")) || (data16 === "publishing")) || (data16 === "monitoring_communications")) || (data16 === "loitering")) || (data16 === "interfering_with_property")) || (data16 === "watching_or_spying")) || (data16 === "threats")) || (data16 === "violence")) || (data16 === "other"))){
const err47 = {instancePath:instancePath+"/behaviours/" + i1,schemaPath:"#/properties/behaviours/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.behaviours.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
let i2 = data15.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data15[i2], data15[j0])){
const err48 = {instancePath:instancePath+"/behaviours",schemaPath:"#/properties/behaviours/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err49 = {instancePath:instancePath+"/behaviours",schemaPath:"#/properties/behaviours/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.behaviour_other !== undefined){
let data17 = data.behaviour_other;
if(typeof data17 === "string"){
if(func2(data17) > 2000){
const err50 = {instancePath:instancePath+"/behaviour_other",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(func2(data17) < 1){
const err51 = {instancePath:instancePath+"/behaviour_other",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/behaviour_other",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.perpetrator !== undefined){
let data18 = data.perpetrator;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.known === undefined){
const err53 = {instancePath:instancePath+"/perpetrator",schemaPath:"#/properties/perpetrator/required",keyword:"required",params:{missingProperty: "known"},message:"must have required property '"+"known"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key4 in data18){
if(!((((key4 === "known") || (key4 === "name")) || (key4 === "relationship")) || (key4 === "description"))){
const err54 = {instancePath:instancePath+"/perpetrator",schemaPath:"#/properties/perpetrator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data18.known !== undefined){
if(typeof data18.known !== "boolean"){
const err55 = {instancePath:instancePath+"/perpetrator/known",schemaPath:"#/properties/perpetrator/properties/known/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data18.name !== undefined){
let data20 = data18.name;
if(typeof data20 === "string"){
if(func2(data20) > 200){
const err56 = {instancePath:instancePath+"/perpetrator/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func2(data20) < 1){
const err57 = {instancePath:instancePath+"/perpetrator/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err58 = {instancePath:instancePath+"/perpetrator/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data18.relationship !== undefined){
let data21 = data18.relationship;
if(typeof data21 === "string"){
if(func2(data21) > 2000){
const err59 = {instancePath:instancePath+"/perpetrator/relationship",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(func2(data21) < 1){
const err60 = {instancePath:instancePath+"/perpetrator/relationship",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err61 = {instancePath:instancePath+"/perpetrator/relationship",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data18.description !== undefined){
let data22 = data18.description;
if(typeof data22 === "string"){
if(func2(data22) > 2000){
const err62 = {instancePath:instancePath+"/perpetrator/description",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func2(data22) < 1){
const err63 = {instancePath:instancePath+"/perpetrator/description",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err64 = {instancePath:instancePath+"/perpetrator/description",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/perpetrator",schemaPath:"#/properties/perpetrator/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.witnesses !== undefined){
let data23 = data.witnesses;
if(Array.isArray(data23)){
if(data23.length > 32){
const err66 = {instancePath:instancePath+"/witnesses",schemaPath:"#/properties/witnesses/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
const len2 = data23.length;
for(let i3=0; i3<len2; i3++){
let data24 = data23[i3];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.name === undefined){
const err67 = {instancePath:instancePath+"/witnesses/" + i3,schemaPath:"#/properties/witnesses/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key5 in data24){
if(!(((key5 === "name") || (key5 === "contact")) || (key5 === "statement"))){
const err68 = {instancePath:instancePath+"/witnesses/" + i3,schemaPath:"#/properties/witnesses/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data24.name !== undefined){
let data25 = data24.name;
if(typeof data25 === "string"){
if(func2(data25) > 200){
const err69 = {instancePath:instancePath+"/witnesses/" + i3+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(func2(data25) < 1){
const err70 = {instancePath:instancePath+"/witnesses/" + i3+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/witnesses/" + i3+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data24.contact !== undefined){
let data26 = data24.contact;
if(typeof data26 === "string"){
if(func2(data26) > 2000){
const err72 = {instancePath:instancePath+"/witnesses/" + i3+"/contact",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(func2(data26) < 1){
const err73 = {instancePath:instancePath+"/witnesses/" + i3+"/contact",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/witnesses/" + i3+"/contact",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data24.statement !== undefined){
let data27 = data24.statement;
if(typeof data27 === "string"){
if(func2(data27) > 20000){
const err75 = {instancePath:instancePath+"/witnesses/" + i3+"/statement",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(func2(data27) < 1){
const err76 = {instancePath:instancePath+"/witnesses/" + i3+"/statement",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/witnesses/" + i3+"/statement",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/witnesses/" + i3,schemaPath:"#/properties/witnesses/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/witnesses",schemaPath:"#/properties/witnesses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.impact !== undefined){
let data28 = data.impact;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(Object.keys(data28).length < 1){
const err80 = {instancePath:instancePath+"/impact",schemaPath:"#/properties/impact/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key6 in data28){
if(!(((((key6 === "fear_of_violence") || (key6 === "alarm_or_distress")) || (key6 === "changes_to_daily_life")) || (key6 === "cost")) || (key6 === "notes"))){
const err81 = {instancePath:instancePath+"/impact",schemaPath:"#/properties/impact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data28.fear_of_violence !== undefined){
if(typeof data28.fear_of_violence !== "boolean"){
const err82 = {instancePath:instancePath+"/impact/fear_of_violence",schemaPath:"#/properties/impact/properties/fear_of_violence/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data28.alarm_or_distress !== undefined){
if(typeof data28.alarm_or_distress !== "boolean"){
const err83 = {instancePath:instancePath+"/impact/alarm_or_distress",schemaPath:"#/properties/impact/properties/alarm_or_distress/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data28.changes_to_daily_life !== undefined){
let data31 = data28.changes_to_daily_life;
if(typeof data31 === "string"){
if(func2(data31) > 20000){
const err84 = {instancePath:instancePath+"/impact/changes_to_daily_life",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(func2(data31) < 1){
const err85 = {instancePath:instancePath+"/impact/changes_to_daily_life",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/impact/changes_to_daily_life",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data28.cost !== undefined){
let data32 = data28.cost;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.amount === undefined){
const err87 = {instancePath:instancePath+"/impact/cost",schemaPath:"#/properties/impact/properties/cost/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data32.currency === undefined){
const err88 = {instancePath:instancePath+"/impact/cost",schemaPath:"#/properties/impact/properties/cost/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key7 in data32){
if(!((key7 === "amount") || (key7 === "currency"))){
const err89 = {instancePath:instancePath+"/impact/cost",schemaPath:"#/properties/impact/properties/cost/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data32.amount !== undefined){
let data33 = data32.amount;
if(typeof data33 == "number"){
if(data33 < 0 || isNaN(data33)){
const err90 = {instancePath:instancePath+"/impact/cost/amount",schemaPath:"#/properties/impact/properties/cost/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/impact/cost/amount",schemaPath:"#/properties/impact/properties/cost/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data32.currency !== undefined){
let data34 = data32.currency;
if(typeof data34 === "string"){
if(!pattern5.test(data34)){
const err92 = {instancePath:instancePath+"/impact/cost/currency",schemaPath:"#/properties/impact/properties/cost/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err93 = {instancePath:instancePath+"/impact/cost/currency",schemaPath:"#/properties/impact/properties/cost/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/impact/cost",schemaPath:"#/properties/impact/properties/cost/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data28.notes !== undefined){
let data35 = data28.notes;
if(typeof data35 === "string"){
if(func2(data35) > 20000){
const err95 = {instancePath:instancePath+"/impact/notes",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(func2(data35) < 1){
const err96 = {instancePath:instancePath+"/impact/notes",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/impact/notes",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/impact",schemaPath:"#/properties/impact/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.report !== undefined){
let data36 = data.report;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.reported === undefined){
const err99 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/required",keyword:"required",params:{missingProperty: "reported"},message:"must have required property '"+"reported"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key8 in data36){
if(!((((key8 === "reported") || (key8 === "to")) || (key8 === "police_reference")) || (key8 === "reported_at"))){
const err100 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data36.reported !== undefined){
if(typeof data36.reported !== "boolean"){
const err101 = {instancePath:instancePath+"/report/reported",schemaPath:"#/properties/report/properties/reported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data36.to !== undefined){
let data38 = data36.to;
if(typeof data38 === "string"){
if(func2(data38) > 2000){
const err102 = {instancePath:instancePath+"/report/to",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(func2(data38) < 1){
const err103 = {instancePath:instancePath+"/report/to",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/report/to",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data36.police_reference !== undefined){
let data39 = data36.police_reference;
if(typeof data39 === "string"){
if(func2(data39) > 100){
const err105 = {instancePath:instancePath+"/report/police_reference",schemaPath:"#/properties/report/properties/police_reference/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(func2(data39) < 1){
const err106 = {instancePath:instancePath+"/report/police_reference",schemaPath:"#/properties/report/properties/police_reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/report/police_reference",schemaPath:"#/properties/report/properties/police_reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data36.reported_at !== undefined){
let data40 = data36.reported_at;
if(typeof data40 === "string"){
if(!(formats0(data40))){
const err108 = {instancePath:instancePath+"/report/reported_at",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/report/reported_at",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.attachments !== undefined){
let data41 = data.attachments;
if(Array.isArray(data41)){
if(data41.length > 64){
const err111 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
const len3 = data41.length;
for(let i4=0; i4<len3; i4++){
if(!(validate21(data41[i4], {instancePath:instancePath+"/attachments/" + i4,parentData:data41,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err112 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateV2 = validate25;
const schema56 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://daybook.invalid/schemas/incident/v2.json","title":"Daybook incident, schema version 2","description":"The plaintext of one diary entry: one incident of stalking or harassment as the victim records it on their device. The server never sees it (it travels encrypted, one disclosure per top-level field, at most 16 top-level fields); the client library and the bundle renderer validate it. Validators MUST assert the 'format' keywords (date-time, uuid). Rules this schema cannot express (the time zone exists, the end is not before the start, attachment ids are unique) are in docs/INCIDENT.md and the reference client. Version 2 keeps every field of version 1 with its meaning and adds: how the sender appeared and was identified (perpetrator.identifiers, perpetrator.identified_by), whether and when the victim told them to stop (told_to_stop), the orders or conditions in force (orders_in_force, references into the victim's orders case document, so the entry is a possible breach), where the original evidence is kept (evidence_kept), third parties contacted (third_parties: stalking by proxy) and the officer who took the report (report.officer). Version 1 entries stay valid against the version 1 schema and are never rewritten. A reader MUST reject a schema_version it does not know.","type":"object","additionalProperties":false,"required":["schema_version","occurred","recorded_at","description","behaviours"],"properties":{"schema_version":{"description":"Version of this schema the incident follows (see incident.schema.json for version 1).","const":2},"occurred":{"description":"When the incident happened, in the victim's time zone at the time.","type":"object","additionalProperties":false,"required":["start","time_zone"],"properties":{"start":{"$ref":"#/$defs/date_time","description":"When it began (or the single moment it happened)."},"end":{"$ref":"#/$defs/date_time","description":"When it ended, for incidents that lasted (loitering, following); not before start."},"time_zone":{"description":"IANA time zone name where it happened, e.g. Europe/London; it must exist in the tz database. Lets a report show local wall-clock times even for incidents recorded abroad.","type":"string","maxLength":64,"pattern":"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$","examples":["Europe/London","America/Argentina/Buenos_Aires","UTC"]}}},"recorded_at":{"$ref":"#/$defs/date_time","description":"When the entry was written on the device: shows the record is contemporaneous (the gap between occurred.start and recorded_at)."},"location":{"description":"Where it happened.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"description":{"$ref":"#/$defs/short_text","description":"The place in words, e.g. 'outside my work, 12 High Street'."},"coordinates":{"$ref":"#/$defs/coordinates","description":"The place as WGS 84 coordinates, if the device knew them."}}},"description":{"description":"What happened, in the victim's own words.","type":"string","minLength":1,"maxLength":50000},"behaviours":{"description":"Which behaviours the incident shows: the examples of acts associated with stalking in the Protection from Harassment Act 1997 s.2A(3), plus threats, violence and other.","type":"array","minItems":1,"uniqueItems":true,"items":{"description":"following: following a person; contacting: contacting or attempting to contact by any means; publishing: publishing any statement or material relating or purporting to relate to the person or to originate from them; monitoring_communications: monitoring their use of the internet, email or any other electronic communication; loitering: loitering in any place, public or private; interfering_with_property: interfering with any property in their possession; watching_or_spying: watching or spying on them; threats: threats of any kind; violence: violence or force; other: anything else, described in behaviour_other.","enum":["following","contacting","publishing","monitoring_communications","loitering","interfering_with_property","watching_or_spying","threats","violence","other"]}},"behaviour_other":{"$ref":"#/$defs/short_text","description":"What the 'other' behaviour was; required when behaviours contains 'other'."},"perpetrator":{"description":"Who did it, as far as the victim knows.","type":"object","additionalProperties":false,"required":["known"],"properties":{"known":{"description":"Whether the victim knows who the perpetrator is.","type":"boolean"},"name":{"$ref":"#/$defs/name","description":"The perpetrator's name, if known."},"relationship":{"$ref":"#/$defs/short_text","description":"Relationship to the victim, in the victim's words.","examples":["ex-partner","colleague","neighbour","stranger"]},"description":{"$ref":"#/$defs/short_text","description":"What the perpetrator looked like, wore or drove; useful when the name is not known."},"identifiers":{"description":"How the sender appeared, exactly as shown: a phone number, a handle on a platform, an email or postal address. Each may be a different account of the same person.","type":"array","maxItems":16,"items":{"type":"object","additionalProperties":false,"required":["kind","value"],"properties":{"kind":{"description":"What sort of identifier it is.","enum":["phone","handle","email","address","other"]},"value":{"type":"string","minLength":1,"maxLength":500,"description":"As it appeared, character for character."},"platform":{"$ref":"#/$defs/short_text","description":"Where a handle appeared: the app or site.","examples":["Instagram","WhatsApp"]}}}},"identified_by":{"$ref":"#/$defs/short_text","description":"How the victim knows who it was: saw them, recognised the voice or writing, the number is theirs, a mutual contact said so.","examples":["recognised his voice","the number he used before"]}}},"witnesses":{"description":"People who saw or heard the incident.","type":"array","maxItems":32,"items":{"description":"One witness.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/name","description":"The witness's name, or how to identify them ('the shop assistant')."},"contact":{"$ref":"#/$defs/short_text","description":"How to reach the witness (telephone, email, address), if known."},"statement":{"$ref":"#/$defs/long_text","description":"What the witness saw or heard, as they told it."}}}},"impact":{"description":"What the incident did to the victim. Under the Protection from Harassment Act 1997, harassing includes alarming the person or causing distress (s.7(2)); the aggravated offences need fear that violence will be used (s.4, s.4A) or serious alarm or distress with a substantial adverse effect on usual day-to-day activities (s.4A).","type":"object","additionalProperties":false,"minProperties":1,"properties":{"fear_of_violence":{"description":"The incident made the victim fear that violence would be used against them.","type":"boolean"},"alarm_or_distress":{"description":"The incident caused the victim alarm or distress.","type":"boolean"},"changes_to_daily_life":{"$ref":"#/$defs/long_text","description":"How the victim changed their usual day-to-day activities (route to work, moving home, stopping going out)."},"cost":{"description":"Money the incident cost the victim (repairs, new locks, travel).","type":"object","additionalProperties":false,"required":["amount","currency"],"properties":{"amount":{"description":"The amount, in the currency's major unit (pounds, not pence).","type":"number","minimum":0},"currency":{"description":"ISO 4217 alphabetic currency code, e.g. GBP.","type":"string","pattern":"^[A-Z]{3}$"}}},"notes":{"$ref":"#/$defs/long_text","description":"Anything else about the impact, in the victim's words."}}},"report":{"description":"Whether and where the incident was reported.","type":"object","additionalProperties":false,"required":["reported"],"properties":{"reported":{"description":"Whether the incident was reported to anyone in authority.","type":"boolean"},"to":{"$ref":"#/$defs/short_text","description":"Who it was reported to: a police force, an agency, a landlord, an employer.","examples":["Metropolitan Police","National Stalking Helpline"]},"police_reference":{"description":"The crime or incident reference number the police gave.","type":"string","minLength":1,"maxLength":100},"reported_at":{"$ref":"#/$defs/date_time","description":"When it was reported."},"officer":{"description":"The officer who took the report.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/name","description":"The officer's name and rank."},"collar_number":{"type":"string","minLength":1,"maxLength":32,"description":"Collar, shoulder or warrant number."}}}}},"attachments":{"description":"The evidence attached to the entry (photos, screenshots, recordings), each encrypted separately and referenced here with its key. attachment_id values must be unique.","type":"array","maxItems":64,"items":{"$ref":"#/$defs/attachment"}},"told_to_stop":{"description":"Whether the victim had told the perpetrator to stop, and when: it shows the conduct was unwanted and known to be.","type":"object","additionalProperties":false,"required":["told"],"properties":{"told":{"description":"Whether the victim had told them to stop.","type":"boolean"},"when":{"$ref":"#/$defs/date_time","description":"When they were told (the first or the latest time)."},"how":{"$ref":"#/$defs/short_text","description":"How: in person, by text, through a solicitor, by the police."}}},"orders_in_force":{"description":"Orders or conditions in force at the time that this incident may breach: references into the victim's orders case document (docs/protocol §28).","type":"array","maxItems":16,"items":{"type":"object","additionalProperties":false,"required":["document_id","order_id"],"properties":{"document_id":{"type":"string","format":"uuid","description":"The orders case document."},"order_id":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,32}$","description":"The order's id in that document."},"condition_id":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,32}$","description":"The condition's id in that order, when one condition is concerned."}}}},"evidence_kept":{"description":"Where the original evidence is kept, so it can be produced: the phone that received the messages, a screenshot backup, CCTV held by a shop.","type":"array","maxItems":32,"items":{"type":"object","additionalProperties":false,"required":["what","where"],"properties":{"what":{"$ref":"#/$defs/short_text","description":"What the evidence is."},"where":{"$ref":"#/$defs/short_text","description":"Where it is kept, and by whom."},"keep_until":{"type":"string","format":"date","description":"When it may be deleted or overwritten (CCTV often within 30 days)."}}}},"third_parties":{"description":"Other people the perpetrator contacted or used to reach the victim (stalking by proxy): family, friends, colleagues, an employer.","type":"array","maxItems":32,"items":{"type":"object","additionalProperties":false,"required":["who"],"properties":{"who":{"$ref":"#/$defs/name","description":"Who, or how the victim knows them."},"how":{"$ref":"#/$defs/short_text","description":"How they were contacted."},"what":{"$ref":"#/$defs/short_text","description":"What was said or asked."}}}}},"if":{"required":["behaviours"],"properties":{"behaviours":{"contains":{"const":"other"}}}},"then":{"required":["behaviour_other"]},"$defs":{"date_time":{"description":"An RFC 3339 date-time with its UTC offset, e.g. 2025-03-14T21:05:00+00:00.","type":"string","format":"date-time"},"name":{"description":"A person's name or how to identify them.","type":"string","minLength":1,"maxLength":200},"short_text":{"description":"A short free text.","type":"string","minLength":1,"maxLength":2000},"long_text":{"description":"A longer free text.","type":"string","minLength":1,"maxLength":20000},"coordinates":{"description":"A position in WGS 84 decimal degrees.","type":"object","additionalProperties":false,"required":["latitude","longitude"],"properties":{"latitude":{"description":"Degrees north (negative: south).","type":"number","minimum":-90,"maximum":90},"longitude":{"description":"Degrees east (negative: west).","type":"number","minimum":-180,"maximum":180},"accuracy_m":{"description":"Radius of uncertainty in metres, as the device reported it.","type":"number","minimum":0}}},"base64url_32":{"description":"32 bytes in canonical base64url without padding (43 characters, trailing bits zero).","type":"string","pattern":"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},"stripped_form":{"description":"The metadata-stripped form of an attachment. With attachment_id it is a file of its own, uploaded and encrypted like any attachment (key, nonce_prefix and ciphertext_sha256 then required); without, the original already is its own stripped form and sha256 equals the original's.","type":"object","additionalProperties":false,"required":["sha256","size"],"properties":{"attachment_id":{"description":"The stripped copy's attachment id on the server: a UUID, lowercase and hyphenated.","type":"string","format":"uuid","pattern":"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},"size":{"description":"Size of the stripped form in bytes.","type":"integer","minimum":0,"maximum":9007199254740991},"sha256":{"description":"SHA-256 of the stripped form, 64 lowercase hex digits: the exhibit hash of a redacting bundle.","type":"string","pattern":"^[0-9a-f]{64}$"},"key":{"$ref":"#/$defs/base64url_32","description":"The stripped copy's 32-byte STREAM key."},"nonce_prefix":{"description":"The stripped copy's 7-byte STREAM nonce prefix, canonical base64url without padding.","type":"string","pattern":"^[A-Za-z0-9_-]{9}[AQgw]$"},"ciphertext_sha256":{"$ref":"#/$defs/base64url_32","description":"SHA-256 of the stripped copy's whole ciphertext."}},"dependentRequired":{"attachment_id":["key","nonce_prefix","ciphertext_sha256"],"key":["attachment_id"],"nonce_prefix":["attachment_id"],"ciphertext_sha256":["attachment_id"]}},"attachment":{"description":"A reference to one encrypted attachment: what the original file was, and what is needed to fetch, decrypt and check it.","type":"object","additionalProperties":false,"required":["attachment_id","file_name","media_type","size","sha256","key","nonce_prefix","ciphertext_sha256"],"properties":{"attachment_id":{"description":"The attachment's id on the server: a UUID, lowercase and hyphenated.","type":"string","format":"uuid","pattern":"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},"file_name":{"description":"The original file's name, without any directory.","type":"string","minLength":1,"maxLength":255,"pattern":"^[^/\\\\\\u0000-\\u001f\\u007f]+$"},"media_type":{"description":"The original file's media type (RFC 6838), lowercase, e.g. image/jpeg.","type":"string","maxLength":255,"pattern":"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"},"size":{"description":"Size of the original file in bytes.","type":"integer","minimum":0,"maximum":9007199254740991},"sha256":{"description":"SHA-256 of the original file, 64 lowercase hex digits: the exhibit hash a police pack lists and sha256sum checks.","type":"string","pattern":"^[0-9a-f]{64}$"},"captured_at":{"$ref":"#/$defs/date_time","description":"When the photo or recording was taken, from the file's own metadata (EXIF DateTimeOriginal), if any."},"capture_location":{"$ref":"#/$defs/coordinates","description":"Where the photo was taken, from the file's own metadata (EXIF GPS), if any. Deprecated: clients no longer write it, because a bundle that withholds the incident's location still discloses this reference; a redacting bundle leaves out the files of an entry whose references carry it."},"key":{"$ref":"#/$defs/base64url_32","description":"The attachment's 32-byte STREAM (AES-256-GCM) key, base64url without padding."},"nonce_prefix":{"description":"The attachment's 7-byte STREAM nonce prefix, canonical base64url without padding (10 characters).","type":"string","pattern":"^[A-Za-z0-9_-]{9}[AQgw]$"},"ciphertext_sha256":{"$ref":"#/$defs/base64url_32","description":"SHA-256 of the whole attachment ciphertext (every sealed chunk in order), base64url without padding: ties the stored blob to this entry."},"stripped":{"$ref":"#/$defs/stripped_form","description":"The file's metadata-stripped form (docs/protocol §18.1), for JPEG and PNG files: what a bundle that withholds the location carries instead of the original. Absent for other files and in entries written before it existed."}}}}};
const schema57 = {"description":"An RFC 3339 date-time with its UTC offset, e.g. 2025-03-14T21:05:00+00:00.","type":"string","format":"date-time"};
const schema60 = {"description":"A short free text.","type":"string","minLength":1,"maxLength":2000};
const schema61 = {"description":"A position in WGS 84 decimal degrees.","type":"object","additionalProperties":false,"required":["latitude","longitude"],"properties":{"latitude":{"description":"Degrees north (negative: south).","type":"number","minimum":-90,"maximum":90},"longitude":{"description":"Degrees east (negative: west).","type":"number","minimum":-180,"maximum":180},"accuracy_m":{"description":"Radius of uncertainty in metres, as the device reported it.","type":"number","minimum":0}}};
const schema63 = {"description":"A person's name or how to identify them.","type":"string","minLength":1,"maxLength":200};
const schema70 = {"description":"A longer free text.","type":"string","minLength":1,"maxLength":20000};
const formats32 = module4.formats.date;
const pattern32 = new RegExp("^[A-Za-z0-9._-]{1,32}$", "u");
const schema76 = {"description":"A reference to one encrypted attachment: what the original file was, and what is needed to fetch, decrypt and check it.","type":"object","additionalProperties":false,"required":["attachment_id","file_name","media_type","size","sha256","key","nonce_prefix","ciphertext_sha256"],"properties":{"attachment_id":{"description":"The attachment's id on the server: a UUID, lowercase and hyphenated.","type":"string","format":"uuid","pattern":"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},"file_name":{"description":"The original file's name, without any directory.","type":"string","minLength":1,"maxLength":255,"pattern":"^[^/\\\\\\u0000-\\u001f\\u007f]+$"},"media_type":{"description":"The original file's media type (RFC 6838), lowercase, e.g. image/jpeg.","type":"string","maxLength":255,"pattern":"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"},"size":{"description":"Size of the original file in bytes.","type":"integer","minimum":0,"maximum":9007199254740991},"sha256":{"description":"SHA-256 of the original file, 64 lowercase hex digits: the exhibit hash a police pack lists and sha256sum checks.","type":"string","pattern":"^[0-9a-f]{64}$"},"captured_at":{"$ref":"#/$defs/date_time","description":"When the photo or recording was taken, from the file's own metadata (EXIF DateTimeOriginal), if any."},"capture_location":{"$ref":"#/$defs/coordinates","description":"Where the photo was taken, from the file's own metadata (EXIF GPS), if any. Deprecated: clients no longer write it, because a bundle that withholds the incident's location still discloses this reference; a redacting bundle leaves out the files of an entry whose references carry it."},"key":{"$ref":"#/$defs/base64url_32","description":"The attachment's 32-byte STREAM (AES-256-GCM) key, base64url without padding."},"nonce_prefix":{"description":"The attachment's 7-byte STREAM nonce prefix, canonical base64url without padding (10 characters).","type":"string","pattern":"^[A-Za-z0-9_-]{9}[AQgw]$"},"ciphertext_sha256":{"$ref":"#/$defs/base64url_32","description":"SHA-256 of the whole attachment ciphertext (every sealed chunk in order), base64url without padding: ties the stored blob to this entry."},"stripped":{"$ref":"#/$defs/stripped_form","description":"The file's metadata-stripped form (docs/protocol §18.1), for JPEG and PNG files: what a bundle that withholds the location carries instead of the original. Absent for other files and in entries written before it existed."}}};
const schema79 = {"description":"32 bytes in canonical base64url without padding (43 characters, trailing bits zero).","type":"string","pattern":"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"};
const schema81 = {"description":"The metadata-stripped form of an attachment. With attachment_id it is a file of its own, uploaded and encrypted like any attachment (key, nonce_prefix and ciphertext_sha256 then required); without, the original already is its own stripped form and sha256 equals the original's.","type":"object","additionalProperties":false,"required":["sha256","size"],"properties":{"attachment_id":{"description":"The stripped copy's attachment id on the server: a UUID, lowercase and hyphenated.","type":"string","format":"uuid","pattern":"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},"size":{"description":"Size of the stripped form in bytes.","type":"integer","minimum":0,"maximum":9007199254740991},"sha256":{"description":"SHA-256 of the stripped form, 64 lowercase hex digits: the exhibit hash of a redacting bundle.","type":"string","pattern":"^[0-9a-f]{64}$"},"key":{"$ref":"#/$defs/base64url_32","description":"The stripped copy's 32-byte STREAM key."},"nonce_prefix":{"description":"The stripped copy's 7-byte STREAM nonce prefix, canonical base64url without padding.","type":"string","pattern":"^[A-Za-z0-9_-]{9}[AQgw]$"},"ciphertext_sha256":{"$ref":"#/$defs/base64url_32","description":"SHA-256 of the stripped copy's whole ciphertext."}},"dependentRequired":{"attachment_id":["key","nonce_prefix","ciphertext_sha256"],"key":["attachment_id"],"nonce_prefix":["attachment_id"],"ciphertext_sha256":["attachment_id"]}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sha256 === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "attachment_id") || (key0 === "size")) || (key0 === "sha256")) || (key0 === "key")) || (key0 === "nonce_prefix")) || (key0 === "ciphertext_sha256"))){
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
if(data.attachment_id !== undefined){
let data0 = data.attachment_id;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/attachment_id",schemaPath:"#/properties/attachment_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(formats8(data0))){
const err4 = {instancePath:instancePath+"/attachment_id",schemaPath:"#/properties/attachment_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err5 = {instancePath:instancePath+"/attachment_id",schemaPath:"#/properties/attachment_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 9007199254740991 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.sha256 !== undefined){
let data2 = data.sha256;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err9 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.key !== undefined){
let data3 = data.key;
if(typeof data3 === "string"){
if(!pattern12.test(data3)){
const err11 = {instancePath:instancePath+"/key",schemaPath:"#/$defs/base64url_32/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""};
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
const err12 = {instancePath:instancePath+"/key",schemaPath:"#/$defs/base64url_32/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.nonce_prefix !== undefined){
let data4 = data.nonce_prefix;
if(typeof data4 === "string"){
if(!pattern13.test(data4)){
const err13 = {instancePath:instancePath+"/nonce_prefix",schemaPath:"#/properties/nonce_prefix/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{9}[AQgw]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{9}[AQgw]$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/nonce_prefix",schemaPath:"#/properties/nonce_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.ciphertext_sha256 !== undefined){
let data5 = data.ciphertext_sha256;
if(typeof data5 === "string"){
if(!pattern12.test(data5)){
const err15 = {instancePath:instancePath+"/ciphertext_sha256",schemaPath:"#/$defs/base64url_32/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""};
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
const err16 = {instancePath:instancePath+"/ciphertext_sha256",schemaPath:"#/$defs/base64url_32/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.attachment_id !== undefined){
if(data.key === undefined){
const err17 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "attachment_id",
    missingProperty: "key",
    depsCount: 3,
    deps: "key, nonce_prefix, ciphertext_sha256"},message:"must have properties key, nonce_prefix, ciphertext_sha256 when property attachment_id is present"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.nonce_prefix === undefined){
const err18 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "attachment_id",
    missingProperty: "nonce_prefix",
    depsCount: 3,
    deps: "key, nonce_prefix, ciphertext_sha256"},message:"must have properties key, nonce_prefix, ciphertext_sha256 when property attachment_id is present"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.ciphertext_sha256 === undefined){
const err19 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "attachment_id",
    missingProperty: "ciphertext_sha256",
    depsCount: 3,
    deps: "key, nonce_prefix, ciphertext_sha256"},message:"must have properties key, nonce_prefix, ciphertext_sha256 when property attachment_id is present"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.key !== undefined){
if(data.attachment_id === undefined){
const err20 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "key",
    missingProperty: "attachment_id",
    depsCount: 1,
    deps: "attachment_id"},message:"must have property attachment_id when property key is present"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.nonce_prefix !== undefined){
if(data.attachment_id === undefined){
const err21 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "nonce_prefix",
    missingProperty: "attachment_id",
    depsCount: 1,
    deps: "attachment_id"},message:"must have property attachment_id when property nonce_prefix is present"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.ciphertext_sha256 !== undefined){
if(data.attachment_id === undefined){
const err22 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "ciphertext_sha256",
    missingProperty: "attachment_id",
    depsCount: 1,
    deps: "attachment_id"},message:"must have property attachment_id when property ciphertext_sha256 is present"};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attachment_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attachment_id"},message:"must have required property '"+"attachment_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.file_name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file_name"},message:"must have required property '"+"file_name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.media_type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_type"},message:"must have required property '"+"media_type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.size === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.sha256 === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.key === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.nonce_prefix === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nonce_prefix"},message:"must have required property '"+"nonce_prefix"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.ciphertext_sha256 === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ciphertext_sha256"},message:"must have required property '"+"ciphertext_sha256"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema76.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.attachment_id !== undefined){
let data0 = data.attachment_id;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err9 = {instancePath:instancePath+"/attachment_id",schemaPath:"#/properties/attachment_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats8(data0))){
const err10 = {instancePath:instancePath+"/attachment_id",schemaPath:"#/properties/attachment_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err11 = {instancePath:instancePath+"/attachment_id",schemaPath:"#/properties/attachment_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.file_name !== undefined){
let data1 = data.file_name;
if(typeof data1 === "string"){
if(func2(data1) > 255){
const err12 = {instancePath:instancePath+"/file_name",schemaPath:"#/properties/file_name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data1) < 1){
const err13 = {instancePath:instancePath+"/file_name",schemaPath:"#/properties/file_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern7.test(data1)){
const err14 = {instancePath:instancePath+"/file_name",schemaPath:"#/properties/file_name/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^/\\\\\\u0000-\\u001f\\u007f]+$"+"\""};
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
const err15 = {instancePath:instancePath+"/file_name",schemaPath:"#/properties/file_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.media_type !== undefined){
let data2 = data.media_type;
if(typeof data2 === "string"){
if(func2(data2) > 255){
const err16 = {instancePath:instancePath+"/media_type",schemaPath:"#/properties/media_type/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern8.test(data2)){
const err17 = {instancePath:instancePath+"/media_type",schemaPath:"#/properties/media_type/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"+"\""};
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
const err18 = {instancePath:instancePath+"/media_type",schemaPath:"#/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.size !== undefined){
let data3 = data.size;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err19 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 9007199254740991 || isNaN(data3)){
const err20 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err21 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.sha256 !== undefined){
let data4 = data.sha256;
if(typeof data4 === "string"){
if(!pattern9.test(data4)){
const err22 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.captured_at !== undefined){
let data5 = data.captured_at;
if(typeof data5 === "string"){
if(!(formats0(data5))){
const err24 = {instancePath:instancePath+"/captured_at",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err25 = {instancePath:instancePath+"/captured_at",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.capture_location !== undefined){
let data6 = data.capture_location;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.latitude === undefined){
const err26 = {instancePath:instancePath+"/capture_location",schemaPath:"#/$defs/coordinates/required",keyword:"required",params:{missingProperty: "latitude"},message:"must have required property '"+"latitude"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data6.longitude === undefined){
const err27 = {instancePath:instancePath+"/capture_location",schemaPath:"#/$defs/coordinates/required",keyword:"required",params:{missingProperty: "longitude"},message:"must have required property '"+"longitude"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key1 in data6){
if(!(((key1 === "latitude") || (key1 === "longitude")) || (key1 === "accuracy_m"))){
const err28 = {instancePath:instancePath+"/capture_location",schemaPath:"#/$defs/coordinates/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.latitude !== undefined){
let data7 = data6.latitude;
if(typeof data7 == "number"){
if(data7 > 90 || isNaN(data7)){
const err29 = {instancePath:instancePath+"/capture_location/latitude",schemaPath:"#/$defs/coordinates/properties/latitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data7 < -90 || isNaN(data7)){
const err30 = {instancePath:instancePath+"/capture_location/latitude",schemaPath:"#/$defs/coordinates/properties/latitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90"};
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
const err31 = {instancePath:instancePath+"/capture_location/latitude",schemaPath:"#/$defs/coordinates/properties/latitude/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data6.longitude !== undefined){
let data8 = data6.longitude;
if(typeof data8 == "number"){
if(data8 > 180 || isNaN(data8)){
const err32 = {instancePath:instancePath+"/capture_location/longitude",schemaPath:"#/$defs/coordinates/properties/longitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data8 < -180 || isNaN(data8)){
const err33 = {instancePath:instancePath+"/capture_location/longitude",schemaPath:"#/$defs/coordinates/properties/longitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/capture_location/longitude",schemaPath:"#/$defs/coordinates/properties/longitude/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.accuracy_m !== undefined){
let data9 = data6.accuracy_m;
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
const err35 = {instancePath:instancePath+"/capture_location/accuracy_m",schemaPath:"#/$defs/coordinates/properties/accuracy_m/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err36 = {instancePath:instancePath+"/capture_location/accuracy_m",schemaPath:"#/$defs/coordinates/properties/accuracy_m/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/capture_location",schemaPath:"#/$defs/coordinates/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.key !== undefined){
let data10 = data.key;
if(typeof data10 === "string"){
if(!pattern12.test(data10)){
const err38 = {instancePath:instancePath+"/key",schemaPath:"#/$defs/base64url_32/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""};
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
const err39 = {instancePath:instancePath+"/key",schemaPath:"#/$defs/base64url_32/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.nonce_prefix !== undefined){
let data11 = data.nonce_prefix;
if(typeof data11 === "string"){
if(!pattern13.test(data11)){
const err40 = {instancePath:instancePath+"/nonce_prefix",schemaPath:"#/properties/nonce_prefix/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{9}[AQgw]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{9}[AQgw]$"+"\""};
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
const err41 = {instancePath:instancePath+"/nonce_prefix",schemaPath:"#/properties/nonce_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.ciphertext_sha256 !== undefined){
let data12 = data.ciphertext_sha256;
if(typeof data12 === "string"){
if(!pattern12.test(data12)){
const err42 = {instancePath:instancePath+"/ciphertext_sha256",schemaPath:"#/$defs/base64url_32/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"+"\""};
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
const err43 = {instancePath:instancePath+"/ciphertext_sha256",schemaPath:"#/$defs/base64url_32/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.stripped !== undefined){
if(!(validate27(data.stripped, {instancePath:instancePath+"/stripped",parentData:data,parentDataProperty:"stripped",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://daybook.invalid/schemas/incident/v2.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.behaviours === undefined) && (missing0 = "behaviours")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.behaviours !== undefined){
let data0 = data.behaviours;
if(Array.isArray(data0)){
const _errs4 = errors;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if("other" !== data0[i0]){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid2 = _errs5 === errors;
if(valid2){
break;
}
}
if(!valid2){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.behaviour_other === undefined){
const err3 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "behaviour_other"},message:"must have required property '"+"behaviour_other"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.occurred === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "occurred"},message:"must have required property '"+"occurred"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.recorded_at === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.description === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.behaviours === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "behaviours"},message:"must have required property '"+"behaviours"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema56.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(2 !== data.schema_version){
const err11 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 2},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.occurred !== undefined){
let data3 = data.occurred;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.start === undefined){
const err12 = {instancePath:instancePath+"/occurred",schemaPath:"#/properties/occurred/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.time_zone === undefined){
const err13 = {instancePath:instancePath+"/occurred",schemaPath:"#/properties/occurred/required",keyword:"required",params:{missingProperty: "time_zone"},message:"must have required property '"+"time_zone"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "start") || (key1 === "end")) || (key1 === "time_zone"))){
const err14 = {instancePath:instancePath+"/occurred",schemaPath:"#/properties/occurred/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.start !== undefined){
let data4 = data3.start;
if(typeof data4 === "string"){
if(!(formats0(data4))){
const err15 = {instancePath:instancePath+"/occurred/start",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err16 = {instancePath:instancePath+"/occurred/start",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.end !== undefined){
let data5 = data3.end;
if(typeof data5 === "string"){
if(!(formats0(data5))){
const err17 = {instancePath:instancePath+"/occurred/end",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err18 = {instancePath:instancePath+"/occurred/end",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.time_zone !== undefined){
let data6 = data3.time_zone;
if(typeof data6 === "string"){
if(func2(data6) > 64){
const err19 = {instancePath:instancePath+"/occurred/time_zone",schemaPath:"#/properties/occurred/properties/time_zone/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern4.test(data6)){
const err20 = {instancePath:instancePath+"/occurred/time_zone",schemaPath:"#/properties/occurred/properties/time_zone/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/occurred/time_zone",schemaPath:"#/properties/occurred/properties/time_zone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/occurred",schemaPath:"#/properties/occurred/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.recorded_at !== undefined){
let data7 = data.recorded_at;
if(typeof data7 === "string"){
if(!(formats0(data7))){
const err23 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.location !== undefined){
let data8 = data.location;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length < 1){
const err25 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data8){
if(!((key2 === "description") || (key2 === "coordinates"))){
const err26 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.description !== undefined){
let data9 = data8.description;
if(typeof data9 === "string"){
if(func2(data9) > 2000){
const err27 = {instancePath:instancePath+"/location/description",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func2(data9) < 1){
const err28 = {instancePath:instancePath+"/location/description",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err29 = {instancePath:instancePath+"/location/description",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.coordinates !== undefined){
let data10 = data8.coordinates;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.latitude === undefined){
const err30 = {instancePath:instancePath+"/location/coordinates",schemaPath:"#/$defs/coordinates/required",keyword:"required",params:{missingProperty: "latitude"},message:"must have required property '"+"latitude"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data10.longitude === undefined){
const err31 = {instancePath:instancePath+"/location/coordinates",schemaPath:"#/$defs/coordinates/required",keyword:"required",params:{missingProperty: "longitude"},message:"must have required property '"+"longitude"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key3 in data10){
if(!(((key3 === "latitude") || (key3 === "longitude")) || (key3 === "accuracy_m"))){
const err32 = {instancePath:instancePath+"/location/coordinates",schemaPath:"#/$defs/coordinates/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.latitude !== undefined){
let data11 = data10.latitude;
if(typeof data11 == "number"){
if(data11 > 90 || isNaN(data11)){
const err33 = {instancePath:instancePath+"/location/coordinates/latitude",schemaPath:"#/$defs/coordinates/properties/latitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data11 < -90 || isNaN(data11)){
const err34 = {instancePath:instancePath+"/location/coordinates/latitude",schemaPath:"#/$defs/coordinates/properties/latitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/location/coordinates/latitude",schemaPath:"#/$defs/coordinates/properties/latitude/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data10.longitude !== undefined){
let data12 = data10.longitude;
if(typeof data12 == "number"){
if(data12 > 180 || isNaN(data12)){
const err36 = {instancePath:instancePath+"/location/coordinates/longitude",schemaPath:"#/$defs/coordinates/properties/longitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data12 < -180 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/location/coordinates/longitude",schemaPath:"#/$defs/coordinates/properties/longitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/location/coordinates/longitude",schemaPath:"#/$defs/coordinates/properties/longitude/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data10.accuracy_m !== undefined){
let data13 = data10.accuracy_m;
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
const err39 = {instancePath:instancePath+"/location/coordinates/accuracy_m",schemaPath:"#/$defs/coordinates/properties/accuracy_m/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/location/coordinates/accuracy_m",schemaPath:"#/$defs/coordinates/properties/accuracy_m/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err41 = {instancePath:instancePath+"/location/coordinates",schemaPath:"#/$defs/coordinates/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err42 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.description !== undefined){
let data14 = data.description;
if(typeof data14 === "string"){
if(func2(data14) > 50000){
const err43 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 50000},message:"must NOT have more than 50000 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func2(data14) < 1){
const err44 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err45 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.behaviours !== undefined){
let data15 = data.behaviours;
if(Array.isArray(data15)){
if(data15.length < 1){
const err46 = {instancePath:instancePath+"/behaviours",schemaPath:"#/properties/behaviours/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(!((((((((((data16 === "following") || (data16 === "contacting")) || (data16 === "publishing")) || (data16 === "monitoring_communications")) || (data16 === "loitering")) || (data16 === "interfering_with_property")) || (data16 === "watching_or_spying")) || (data16 === "threats")) || (data16 === "violence")) || (data16 === "other"))){
const err47 = {instancePath:instancePath+"/behaviours/" + i1,schemaPath:"#/properties/behaviours/items/enum",keyword:"enum",params:{allowedValues: schema56.properties.behaviours.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
let i2 = data15.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data15[i2], data15[j0])){
const err48 = {instancePath:instancePath+"/behaviours",schemaPath:"#/properties/behaviours/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err49 = {instancePath:instancePath+"/behaviours",schemaPath:"#/properties/behaviours/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.behaviour_other !== undefined){
let data17 = data.behaviour_other;
if(typeof data17 === "string"){
if(func2(data17) > 2000){
const err50 = {instancePath:instancePath+"/behaviour_other",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(func2(data17) < 1){
const err51 = {instancePath:instancePath+"/behaviour_other",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/behaviour_other",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.perpetrator !== undefined){
let data18 = data.perpetrator;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.known === undefined){
const err53 = {instancePath:instancePath+"/perpetrator",schemaPath:"#/properties/perpetrator/required",keyword:"required",params:{missingProperty: "known"},message:"must have required property '"+"known"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key4 in data18){
if(!((((((key4 === "known") || (key4 === "name")) || (key4 === "relationship")) || (key4 === "description")) || (key4 === "identifiers")) || (key4 === "identified_by"))){
const err54 = {instancePath:instancePath+"/perpetrator",schemaPath:"#/properties/perpetrator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data18.known !== undefined){
if(typeof data18.known !== "boolean"){
const err55 = {instancePath:instancePath+"/perpetrator/known",schemaPath:"#/properties/perpetrator/properties/known/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data18.name !== undefined){
let data20 = data18.name;
if(typeof data20 === "string"){
if(func2(data20) > 200){
const err56 = {instancePath:instancePath+"/perpetrator/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func2(data20) < 1){
const err57 = {instancePath:instancePath+"/perpetrator/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err58 = {instancePath:instancePath+"/perpetrator/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data18.relationship !== undefined){
let data21 = data18.relationship;
if(typeof data21 === "string"){
if(func2(data21) > 2000){
const err59 = {instancePath:instancePath+"/perpetrator/relationship",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(func2(data21) < 1){
const err60 = {instancePath:instancePath+"/perpetrator/relationship",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err61 = {instancePath:instancePath+"/perpetrator/relationship",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data18.description !== undefined){
let data22 = data18.description;
if(typeof data22 === "string"){
if(func2(data22) > 2000){
const err62 = {instancePath:instancePath+"/perpetrator/description",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func2(data22) < 1){
const err63 = {instancePath:instancePath+"/perpetrator/description",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err64 = {instancePath:instancePath+"/perpetrator/description",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data18.identifiers !== undefined){
let data23 = data18.identifiers;
if(Array.isArray(data23)){
if(data23.length > 16){
const err65 = {instancePath:instancePath+"/perpetrator/identifiers",schemaPath:"#/properties/perpetrator/properties/identifiers/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
const len2 = data23.length;
for(let i3=0; i3<len2; i3++){
let data24 = data23[i3];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.kind === undefined){
const err66 = {instancePath:instancePath+"/perpetrator/identifiers/" + i3,schemaPath:"#/properties/perpetrator/properties/identifiers/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data24.value === undefined){
const err67 = {instancePath:instancePath+"/perpetrator/identifiers/" + i3,schemaPath:"#/properties/perpetrator/properties/identifiers/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key5 in data24){
if(!(((key5 === "kind") || (key5 === "value")) || (key5 === "platform"))){
const err68 = {instancePath:instancePath+"/perpetrator/identifiers/" + i3,schemaPath:"#/properties/perpetrator/properties/identifiers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data24.kind !== undefined){
let data25 = data24.kind;
if(!(((((data25 === "phone") || (data25 === "handle")) || (data25 === "email")) || (data25 === "address")) || (data25 === "other"))){
const err69 = {instancePath:instancePath+"/perpetrator/identifiers/" + i3+"/kind",schemaPath:"#/properties/perpetrator/properties/identifiers/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema56.properties.perpetrator.properties.identifiers.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data24.value !== undefined){
let data26 = data24.value;
if(typeof data26 === "string"){
if(func2(data26) > 500){
const err70 = {instancePath:instancePath+"/perpetrator/identifiers/" + i3+"/value",schemaPath:"#/properties/perpetrator/properties/identifiers/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(func2(data26) < 1){
const err71 = {instancePath:instancePath+"/perpetrator/identifiers/" + i3+"/value",schemaPath:"#/properties/perpetrator/properties/identifiers/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/perpetrator/identifiers/" + i3+"/value",schemaPath:"#/properties/perpetrator/properties/identifiers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data24.platform !== undefined){
let data27 = data24.platform;
if(typeof data27 === "string"){
if(func2(data27) > 2000){
const err73 = {instancePath:instancePath+"/perpetrator/identifiers/" + i3+"/platform",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(func2(data27) < 1){
const err74 = {instancePath:instancePath+"/perpetrator/identifiers/" + i3+"/platform",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err75 = {instancePath:instancePath+"/perpetrator/identifiers/" + i3+"/platform",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/perpetrator/identifiers/" + i3,schemaPath:"#/properties/perpetrator/properties/identifiers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/perpetrator/identifiers",schemaPath:"#/properties/perpetrator/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data18.identified_by !== undefined){
let data28 = data18.identified_by;
if(typeof data28 === "string"){
if(func2(data28) > 2000){
const err78 = {instancePath:instancePath+"/perpetrator/identified_by",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(func2(data28) < 1){
const err79 = {instancePath:instancePath+"/perpetrator/identified_by",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/perpetrator/identified_by",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/perpetrator",schemaPath:"#/properties/perpetrator/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.witnesses !== undefined){
let data29 = data.witnesses;
if(Array.isArray(data29)){
if(data29.length > 32){
const err82 = {instancePath:instancePath+"/witnesses",schemaPath:"#/properties/witnesses/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
const len3 = data29.length;
for(let i4=0; i4<len3; i4++){
let data30 = data29[i4];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.name === undefined){
const err83 = {instancePath:instancePath+"/witnesses/" + i4,schemaPath:"#/properties/witnesses/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
for(const key6 in data30){
if(!(((key6 === "name") || (key6 === "contact")) || (key6 === "statement"))){
const err84 = {instancePath:instancePath+"/witnesses/" + i4,schemaPath:"#/properties/witnesses/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data30.name !== undefined){
let data31 = data30.name;
if(typeof data31 === "string"){
if(func2(data31) > 200){
const err85 = {instancePath:instancePath+"/witnesses/" + i4+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(func2(data31) < 1){
const err86 = {instancePath:instancePath+"/witnesses/" + i4+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/witnesses/" + i4+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data30.contact !== undefined){
let data32 = data30.contact;
if(typeof data32 === "string"){
if(func2(data32) > 2000){
const err88 = {instancePath:instancePath+"/witnesses/" + i4+"/contact",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(func2(data32) < 1){
const err89 = {instancePath:instancePath+"/witnesses/" + i4+"/contact",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/witnesses/" + i4+"/contact",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data30.statement !== undefined){
let data33 = data30.statement;
if(typeof data33 === "string"){
if(func2(data33) > 20000){
const err91 = {instancePath:instancePath+"/witnesses/" + i4+"/statement",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(func2(data33) < 1){
const err92 = {instancePath:instancePath+"/witnesses/" + i4+"/statement",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err93 = {instancePath:instancePath+"/witnesses/" + i4+"/statement",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/witnesses/" + i4,schemaPath:"#/properties/witnesses/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/witnesses",schemaPath:"#/properties/witnesses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.impact !== undefined){
let data34 = data.impact;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(Object.keys(data34).length < 1){
const err96 = {instancePath:instancePath+"/impact",schemaPath:"#/properties/impact/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
for(const key7 in data34){
if(!(((((key7 === "fear_of_violence") || (key7 === "alarm_or_distress")) || (key7 === "changes_to_daily_life")) || (key7 === "cost")) || (key7 === "notes"))){
const err97 = {instancePath:instancePath+"/impact",schemaPath:"#/properties/impact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data34.fear_of_violence !== undefined){
if(typeof data34.fear_of_violence !== "boolean"){
const err98 = {instancePath:instancePath+"/impact/fear_of_violence",schemaPath:"#/properties/impact/properties/fear_of_violence/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data34.alarm_or_distress !== undefined){
if(typeof data34.alarm_or_distress !== "boolean"){
const err99 = {instancePath:instancePath+"/impact/alarm_or_distress",schemaPath:"#/properties/impact/properties/alarm_or_distress/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data34.changes_to_daily_life !== undefined){
let data37 = data34.changes_to_daily_life;
if(typeof data37 === "string"){
if(func2(data37) > 20000){
const err100 = {instancePath:instancePath+"/impact/changes_to_daily_life",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(func2(data37) < 1){
const err101 = {instancePath:instancePath+"/impact/changes_to_daily_life",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/impact/changes_to_daily_life",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data34.cost !== undefined){
let data38 = data34.cost;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.amount === undefined){
const err103 = {instancePath:instancePath+"/impact/cost",schemaPath:"#/properties/impact/properties/cost/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data38.currency === undefined){
const err104 = {instancePath:instancePath+"/impact/cost",schemaPath:"#/properties/impact/properties/cost/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
for(const key8 in data38){
if(!((key8 === "amount") || (key8 === "currency"))){
const err105 = {instancePath:instancePath+"/impact/cost",schemaPath:"#/properties/impact/properties/cost/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data38.amount !== undefined){
let data39 = data38.amount;
if(typeof data39 == "number"){
if(data39 < 0 || isNaN(data39)){
const err106 = {instancePath:instancePath+"/impact/cost/amount",schemaPath:"#/properties/impact/properties/cost/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/impact/cost/amount",schemaPath:"#/properties/impact/properties/cost/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data38.currency !== undefined){
let data40 = data38.currency;
if(typeof data40 === "string"){
if(!pattern5.test(data40)){
const err108 = {instancePath:instancePath+"/impact/cost/currency",schemaPath:"#/properties/impact/properties/cost/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/impact/cost/currency",schemaPath:"#/properties/impact/properties/cost/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/impact/cost",schemaPath:"#/properties/impact/properties/cost/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data34.notes !== undefined){
let data41 = data34.notes;
if(typeof data41 === "string"){
if(func2(data41) > 20000){
const err111 = {instancePath:instancePath+"/impact/notes",schemaPath:"#/$defs/long_text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(func2(data41) < 1){
const err112 = {instancePath:instancePath+"/impact/notes",schemaPath:"#/$defs/long_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/impact/notes",schemaPath:"#/$defs/long_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/impact",schemaPath:"#/properties/impact/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.report !== undefined){
let data42 = data.report;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.reported === undefined){
const err115 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/required",keyword:"required",params:{missingProperty: "reported"},message:"must have required property '"+"reported"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
for(const key9 in data42){
if(!(((((key9 === "reported") || (key9 === "to")) || (key9 === "police_reference")) || (key9 === "reported_at")) || (key9 === "officer"))){
const err116 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data42.reported !== undefined){
if(typeof data42.reported !== "boolean"){
const err117 = {instancePath:instancePath+"/report/reported",schemaPath:"#/properties/report/properties/reported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data42.to !== undefined){
let data44 = data42.to;
if(typeof data44 === "string"){
if(func2(data44) > 2000){
const err118 = {instancePath:instancePath+"/report/to",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(func2(data44) < 1){
const err119 = {instancePath:instancePath+"/report/to",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err120 = {instancePath:instancePath+"/report/to",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data42.police_reference !== undefined){
let data45 = data42.police_reference;
if(typeof data45 === "string"){
if(func2(data45) > 100){
const err121 = {instancePath:instancePath+"/report/police_reference",schemaPath:"#/properties/report/properties/police_reference/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(func2(data45) < 1){
const err122 = {instancePath:instancePath+"/report/police_reference",schemaPath:"#/properties/report/properties/police_reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err123 = {instancePath:instancePath+"/report/police_reference",schemaPath:"#/properties/report/properties/police_reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data42.reported_at !== undefined){
let data46 = data42.reported_at;
if(typeof data46 === "string"){
if(!(formats0(data46))){
const err124 = {instancePath:instancePath+"/report/reported_at",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/report/reported_at",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data42.officer !== undefined){
let data47 = data42.officer;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.name === undefined){
const err126 = {instancePath:instancePath+"/report/officer",schemaPath:"#/properties/report/properties/officer/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
for(const key10 in data47){
if(!((key10 === "name") || (key10 === "collar_number"))){
const err127 = {instancePath:instancePath+"/report/officer",schemaPath:"#/properties/report/properties/officer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data47.name !== undefined){
let data48 = data47.name;
if(typeof data48 === "string"){
if(func2(data48) > 200){
const err128 = {instancePath:instancePath+"/report/officer/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(func2(data48) < 1){
const err129 = {instancePath:instancePath+"/report/officer/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/report/officer/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data47.collar_number !== undefined){
let data49 = data47.collar_number;
if(typeof data49 === "string"){
if(func2(data49) > 32){
const err131 = {instancePath:instancePath+"/report/officer/collar_number",schemaPath:"#/properties/report/properties/officer/properties/collar_number/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(func2(data49) < 1){
const err132 = {instancePath:instancePath+"/report/officer/collar_number",schemaPath:"#/properties/report/properties/officer/properties/collar_number/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/report/officer/collar_number",schemaPath:"#/properties/report/properties/officer/properties/collar_number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/report/officer",schemaPath:"#/properties/report/properties/officer/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data.attachments !== undefined){
let data50 = data.attachments;
if(Array.isArray(data50)){
if(data50.length > 64){
const err136 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
const len4 = data50.length;
for(let i5=0; i5<len4; i5++){
if(!(validate26(data50[i5], {instancePath:instancePath+"/attachments/" + i5,parentData:data50,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err137 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data.told_to_stop !== undefined){
let data52 = data.told_to_stop;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.told === undefined){
const err138 = {instancePath:instancePath+"/told_to_stop",schemaPath:"#/properties/told_to_stop/required",keyword:"required",params:{missingProperty: "told"},message:"must have required property '"+"told"+"'"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
for(const key11 in data52){
if(!(((key11 === "told") || (key11 === "when")) || (key11 === "how"))){
const err139 = {instancePath:instancePath+"/told_to_stop",schemaPath:"#/properties/told_to_stop/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data52.told !== undefined){
if(typeof data52.told !== "boolean"){
const err140 = {instancePath:instancePath+"/told_to_stop/told",schemaPath:"#/properties/told_to_stop/properties/told/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data52.when !== undefined){
let data54 = data52.when;
if(typeof data54 === "string"){
if(!(formats0(data54))){
const err141 = {instancePath:instancePath+"/told_to_stop/when",schemaPath:"#/$defs/date_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/told_to_stop/when",schemaPath:"#/$defs/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data52.how !== undefined){
let data55 = data52.how;
if(typeof data55 === "string"){
if(func2(data55) > 2000){
const err143 = {instancePath:instancePath+"/told_to_stop/how",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(func2(data55) < 1){
const err144 = {instancePath:instancePath+"/told_to_stop/how",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/told_to_stop/how",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath:instancePath+"/told_to_stop",schemaPath:"#/properties/told_to_stop/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data.orders_in_force !== undefined){
let data56 = data.orders_in_force;
if(Array.isArray(data56)){
if(data56.length > 16){
const err147 = {instancePath:instancePath+"/orders_in_force",schemaPath:"#/properties/orders_in_force/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
const len5 = data56.length;
for(let i6=0; i6<len5; i6++){
let data57 = data56[i6];
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(data57.document_id === undefined){
const err148 = {instancePath:instancePath+"/orders_in_force/" + i6,schemaPath:"#/properties/orders_in_force/items/required",keyword:"required",params:{missingProperty: "document_id"},message:"must have required property '"+"document_id"+"'"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data57.order_id === undefined){
const err149 = {instancePath:instancePath+"/orders_in_force/" + i6,schemaPath:"#/properties/orders_in_force/items/required",keyword:"required",params:{missingProperty: "order_id"},message:"must have required property '"+"order_id"+"'"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
for(const key12 in data57){
if(!(((key12 === "document_id") || (key12 === "order_id")) || (key12 === "condition_id"))){
const err150 = {instancePath:instancePath+"/orders_in_force/" + i6,schemaPath:"#/properties/orders_in_force/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data57.document_id !== undefined){
let data58 = data57.document_id;
if(typeof data58 === "string"){
if(!(formats8(data58))){
const err151 = {instancePath:instancePath+"/orders_in_force/" + i6+"/document_id",schemaPath:"#/properties/orders_in_force/items/properties/document_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/orders_in_force/" + i6+"/document_id",schemaPath:"#/properties/orders_in_force/items/properties/document_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data57.order_id !== undefined){
let data59 = data57.order_id;
if(typeof data59 === "string"){
if(!pattern32.test(data59)){
const err153 = {instancePath:instancePath+"/orders_in_force/" + i6+"/order_id",schemaPath:"#/properties/orders_in_force/items/properties/order_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
else {
const err154 = {instancePath:instancePath+"/orders_in_force/" + i6+"/order_id",schemaPath:"#/properties/orders_in_force/items/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data57.condition_id !== undefined){
let data60 = data57.condition_id;
if(typeof data60 === "string"){
if(!pattern32.test(data60)){
const err155 = {instancePath:instancePath+"/orders_in_force/" + i6+"/condition_id",schemaPath:"#/properties/orders_in_force/items/properties/condition_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/orders_in_force/" + i6+"/condition_id",schemaPath:"#/properties/orders_in_force/items/properties/condition_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/orders_in_force/" + i6,schemaPath:"#/properties/orders_in_force/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
else {
const err158 = {instancePath:instancePath+"/orders_in_force",schemaPath:"#/properties/orders_in_force/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data.evidence_kept !== undefined){
let data61 = data.evidence_kept;
if(Array.isArray(data61)){
if(data61.length > 32){
const err159 = {instancePath:instancePath+"/evidence_kept",schemaPath:"#/properties/evidence_kept/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
const len6 = data61.length;
for(let i7=0; i7<len6; i7++){
let data62 = data61[i7];
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.what === undefined){
const err160 = {instancePath:instancePath+"/evidence_kept/" + i7,schemaPath:"#/properties/evidence_kept/items/required",keyword:"required",params:{missingProperty: "what"},message:"must have required property '"+"what"+"'"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(data62.where === undefined){
const err161 = {instancePath:instancePath+"/evidence_kept/" + i7,schemaPath:"#/properties/evidence_kept/items/required",keyword:"required",params:{missingProperty: "where"},message:"must have required property '"+"where"+"'"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
for(const key13 in data62){
if(!(((key13 === "what") || (key13 === "where")) || (key13 === "keep_until"))){
const err162 = {instancePath:instancePath+"/evidence_kept/" + i7,schemaPath:"#/properties/evidence_kept/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data62.what !== undefined){
let data63 = data62.what;
if(typeof data63 === "string"){
if(func2(data63) > 2000){
const err163 = {instancePath:instancePath+"/evidence_kept/" + i7+"/what",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(func2(data63) < 1){
const err164 = {instancePath:instancePath+"/evidence_kept/" + i7+"/what",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
else {
const err165 = {instancePath:instancePath+"/evidence_kept/" + i7+"/what",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data62.where !== undefined){
let data64 = data62.where;
if(typeof data64 === "string"){
if(func2(data64) > 2000){
const err166 = {instancePath:instancePath+"/evidence_kept/" + i7+"/where",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(func2(data64) < 1){
const err167 = {instancePath:instancePath+"/evidence_kept/" + i7+"/where",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
else {
const err168 = {instancePath:instancePath+"/evidence_kept/" + i7+"/where",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data62.keep_until !== undefined){
let data65 = data62.keep_until;
if(typeof data65 === "string"){
if(!(formats32(data65))){
const err169 = {instancePath:instancePath+"/evidence_kept/" + i7+"/keep_until",schemaPath:"#/properties/evidence_kept/items/properties/keep_until/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/evidence_kept/" + i7+"/keep_until",schemaPath:"#/properties/evidence_kept/items/properties/keep_until/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/evidence_kept/" + i7,schemaPath:"#/properties/evidence_kept/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/evidence_kept",schemaPath:"#/properties/evidence_kept/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data.third_parties !== undefined){
let data66 = data.third_parties;
if(Array.isArray(data66)){
if(data66.length > 32){
const err173 = {instancePath:instancePath+"/third_parties",schemaPath:"#/properties/third_parties/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
const len7 = data66.length;
for(let i8=0; i8<len7; i8++){
let data67 = data66[i8];
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.who === undefined){
const err174 = {instancePath:instancePath+"/third_parties/" + i8,schemaPath:"#/properties/third_parties/items/required",keyword:"required",params:{missingProperty: "who"},message:"must have required property '"+"who"+"'"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
for(const key14 in data67){
if(!(((key14 === "who") || (key14 === "how")) || (key14 === "what"))){
const err175 = {instancePath:instancePath+"/third_parties/" + i8,schemaPath:"#/properties/third_parties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data67.who !== undefined){
let data68 = data67.who;
if(typeof data68 === "string"){
if(func2(data68) > 200){
const err176 = {instancePath:instancePath+"/third_parties/" + i8+"/who",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(func2(data68) < 1){
const err177 = {instancePath:instancePath+"/third_parties/" + i8+"/who",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
else {
const err178 = {instancePath:instancePath+"/third_parties/" + i8+"/who",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data67.how !== undefined){
let data69 = data67.how;
if(typeof data69 === "string"){
if(func2(data69) > 2000){
const err179 = {instancePath:instancePath+"/third_parties/" + i8+"/how",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(func2(data69) < 1){
const err180 = {instancePath:instancePath+"/third_parties/" + i8+"/how",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
else {
const err181 = {instancePath:instancePath+"/third_parties/" + i8+"/how",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data67.what !== undefined){
let data70 = data67.what;
if(typeof data70 === "string"){
if(func2(data70) > 2000){
const err182 = {instancePath:instancePath+"/third_parties/" + i8+"/what",schemaPath:"#/$defs/short_text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(func2(data70) < 1){
const err183 = {instancePath:instancePath+"/third_parties/" + i8+"/what",schemaPath:"#/$defs/short_text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/third_parties/" + i8+"/what",schemaPath:"#/$defs/short_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
}
else {
const err185 = {instancePath:instancePath+"/third_parties/" + i8,schemaPath:"#/properties/third_parties/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
else {
const err186 = {instancePath:instancePath+"/third_parties",schemaPath:"#/properties/third_parties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
else {
const err187 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
