#!/usr/bin/env python3
# Regenerates examples/patient-view-request.json: a synthetic adult (~180 resources) whose last
# blood pressure was in 2019, so that R-HTN-03 applies. Synthetic data only; no real person.
import json, datetime
pid = "example-patient-1"
def ref(): return {"reference": f"Patient/{pid}"}
def cc(system, code, display): return {"coding": [{"system": system, "code": code, "display": display}]}
SCT="http://snomed.info/sct"; LOINC="http://loinc.org"
patient = {"resourceType":"Patient","id":pid,
  "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9434765919"}],
  "name":[{"use":"official","family":"Example","given":["Alex"]}],
  "gender":"female","birthDate":"1968-04-12",
  "address":[{"use":"home","line":["1 Example Street"],"city":"Manchester","postalCode":"M16 0RA"}],
  "extension":[{"url":"https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory",
     "valueCodeableConcept":{"coding":[{"system":"https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland","code":"A","display":"White - British"}]}}]}
res = {k: [] for k in ["conditions","observations","immunizations","procedures","medicationRequests","medicationStatements","encounters"]}
n=0
def nid(p):
    global n; n+=1; return f"{p}-{n}"
res["conditions"] += [
 {"resourceType":"Condition","id":nid("cond"),"subject":ref(),"clinicalStatus":cc("http://terminology.hl7.org/CodeSystem/condition-clinical","active","Active"),
  "code":cc(SCT,"195967001","Asthma"),"onsetDateTime":"1990-05-01"},
 {"resourceType":"Condition","id":nid("cond"),"subject":ref(),"clinicalStatus":cc("http://terminology.hl7.org/CodeSystem/condition-clinical","active","Active"),
  "code":cc(SCT,"35489007","Depressive disorder"),"onsetDateTime":"2012-09-01"}]
d = datetime.date(2022,1,10)
for i in range(40):
    day = d + datetime.timedelta(days=30*i)
    if day > datetime.date(2026,11,1): break
    res["observations"].append({"resourceType":"Observation","id":nid("obs"),"status":"final","subject":ref(),
      "code":cc(SCT,"60621009","Body mass index"),"effectiveDateTime":day.isoformat(),
      "valueQuantity":{"value":27.4+0.1*(i%5),"unit":"kg/m2","system":"http://unitsofmeasure.org","code":"kg/m2"}})
    res["observations"].append({"resourceType":"Observation","id":nid("obs"),"status":"final","subject":ref(),
      "code":cc(SCT,"27113001","Body weight"),"effectiveDateTime":day.isoformat(),
      "valueQuantity":{"value":74+0.2*(i%7),"unit":"kg","system":"http://unitsofmeasure.org","code":"kg"}})
    res["observations"].append({"resourceType":"Observation","id":nid("obs"),"status":"final","subject":ref(),
      "code":cc(SCT,"266919005","Never smoked tobacco"),"effectiveDateTime":day.isoformat()})
for y in range(2016,2026):
    res["immunizations"].append({"resourceType":"Immunization","id":nid("imm"),"status":"completed","patient":ref(),
      "vaccineCode":cc(SCT,"822851000000102","Seasonal influenza vaccination"),"occurrenceDateTime":f"{y}-10-15"})
for i in range(24):
    day = datetime.date(2025,1,5)+datetime.timedelta(days=28*i)
    if day > datetime.date(2026,11,20): break
    res["medicationRequests"].append({"resourceType":"MedicationRequest","id":nid("medreq"),"status":"active","intent":"order","subject":ref(),
      "medicationCodeableConcept":cc(SCT,"372897005","Salbutamol"),"authoredOn":day.isoformat()})
for i in range(24):
    day = datetime.date(2025,1,5)+datetime.timedelta(days=30*i)
    if day > datetime.date(2026,11,20): break
    res["encounters"].append({"resourceType":"Encounter","id":nid("enc"),"status":"finished","subject":ref(),
      "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB","display":"ambulatory"},
      "type":[cc(SCT,"185317003","Telephone encounter")],"period":{"start":day.isoformat()+"T09:30:00+00:00"}})
res["procedures"].append({"resourceType":"Procedure","id":nid("proc"),"status":"completed","subject":ref(),
  "code":cc(SCT,"46973005","Blood pressure taking"),"performedDateTime":"2019-03-14"})
res["medicationStatements"].append({"resourceType":"MedicationStatement","id":nid("medst"),"status":"active","subject":ref(),
  "medicationCodeableConcept":cc(SCT,"372594008","Sertraline"),"effectiveDateTime":"2024-02-01"})
def bundle(items): return {"resourceType":"Bundle","type":"searchset","total":len(items),"entry":[{"fullUrl":f"https://ehr.example.org/fhir/{r['resourceType']}/{r['id']}","resource":r,"search":{"mode":"match"}} for r in items]}
prefetch={"patient":patient}
for k,v in res.items(): prefetch[k]=bundle(v)
total = 1+sum(len(v) for v in res.values())
req={"hook":"patient-view","hookInstance":"7b0b8f9e-4f0f-4a5a-9a43-0c2a3f6f2b11",
     "context":{"userId":"Practitioner/gp-example","patientId":pid},"prefetch":prefetch}
json.dump(req, open("examples/patient-view-request.json","w"), indent=1)
print(total)
