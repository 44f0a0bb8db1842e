# Generates historie-2021.csv: the 2021 structure of the Verhuisbox Plus results (shared/specs/verhuisbox-inventory.md
# §10, L7642-L7656, L9178-L9254), one closed case per row, deterministic (seed 2021). See docs/verhuisbox.md.
import datetime as dt, random
random.seed(2021)
D=dt.date
rows=[]
n=0
def kenmerk():
    global n; n+=1; return "VHB21-%03d"%n
org_moved = ["Casemanagers OCW"]*22 + ["D&T loket SZW"]*34 + ["Overige aanmelders"]*34
org_rest  = ["Casemanagers OCW"]*44 + ["D&T loket SZW"]*14 + ["Overige aanmelders"]*31
random.shuffle(org_moved); random.shuffle(org_rest)
hh_moved = ["ALLEENSTAANDE"]*48+["EENOUDER"]*34+["GEZIN"]*5+["STEL"]*3
hh_started_rest = ["ALLEENSTAANDE"]*30+["EENOUDER"]*24+["GEZIN"]*10+["STEL"]*2
hh_not = ["ALLEENSTAANDE"]*13+["EENOUDER"]*6+["GEZIN"]*3+["STEL"]*1
dienst = ["INTENSIEF"]*49+["ALLEEN_GELD"]*41
inkomen = ["DAKLOZENUITKERING"]*48+["PARTICIPATIEWET"]*19+["KOSTENDELERSNORM"]*4+["AANVULLEND"]*3+["IOAW"]*2+["ANDERS"]*14
remi = ["ja"]*14+["nee"]*76
werk = ["ja"]*30+["nee"]*60
opv = ["Zilveren Toren"]*12+["Gezinsopvang"]*8+[""]*70
youth_moved = [True]*13+[False]*77
for l in (dienst,inkomen,remi,werk,opv,youth_moved,hh_moved,hh_started_rest): random.shuffle(l)
best = ["GM0917","GM0014","GM0080","GM0153","GM0935","GM0114","GM0193","GM0200"]
def kids(h): return {"ALLEENSTAANDE":0,"STEL":0,"EENOUDER":random.randint(1,3),"GEZIN":random.randint(1,4)}[h]
def jaar(youth, aanm): return aanm.year - (random.randint(19,25) if youth else random.randint(28,60))
for i in range(90):
    a = D(2021,1,4)+dt.timedelta(days=int(i*2.2))
    t = a+dt.timedelta(days=7); s=t+dt.timedelta(days=14); e=s+dt.timedelta(days=60+(i%40))
    h=hh_moved[i]
    rows.append([kenmerk(),org_moved[i],a,jaar(youth_moved[i],a),h,"VERHUISD",e,t,s,dienst[i],"",best[i%len(best)],kids(h),remi[i],werk[i],inkomen[i],opv[i]])
youth_rest=[True]*14+[False]*52; random.shuffle(youth_rest)
for i in range(66):
    a = D(2021,3,1)+dt.timedelta(days=int(i*3.5))
    t = a+dt.timedelta(days=7); s=t+dt.timedelta(days=14)
    h=hh_started_rest[i]
    if i%3==0:
        e=D(2022,2,1)+dt.timedelta(days=i); rows.append([kenmerk(),org_rest[i],a,jaar(youth_rest[i],a),h,"GESTOPT",e,t,s,"INTENSIEF","NIET_GEMOTIVEERD","",kids(h),"nee","","",""])
    else:
        e=D(2022,3,1)+dt.timedelta(days=i*2); rows.append([kenmerk(),org_rest[i],a,jaar(youth_rest[i],a),h,"VERHUISD",e,t,s,"INTENSIEF" if i%2 else "ALLEEN_GELD","",best[i%len(best)],kids(h),"nee","","",""])
for i in range(23):
    a = D(2021,2,1)+dt.timedelta(days=i*12)
    t = a+dt.timedelta(days=5)
    h=hh_not[i]; o=org_rest[66+i]
    if i<10:
        rows.append([kenmerk(),o,a,jaar(False,a),h,"GEWEIGERD",t,t,"","","","",kids(h),"","","",""])
    else:
        e=t+dt.timedelta(days=20)
        rows.append([kenmerk(),o,a,jaar(False,a),h,"GESTOPT",e,t,"","",["GEEN_DOELGROEP","BLIJFT_IN_EIGEN_GEMEENTE","INDICATIE_BESCHERMD_WONEN","GEEN_CONTACT"][i%4],"",kids(h),"","","",""])
hdr="kenmerk;organisatie;aanmelddatum;geboortejaar;huishoudtype;uitkomst;einddatum;toetsdatum;startdatum;dienstverlening;stopreden;bestemmingCode;kinderen;remigrant;werkperspectief;inkomen;opvang"
with open("src/test/resources/verhuisbox/historie-2021.csv","w") as f:
    f.write(hdr+"\n")
    for r in rows: f.write(";".join(str(x) for x in r)+"\n")
from collections import Counter
print(len(rows), Counter(r[1] for r in rows))
print(Counter(r[4] for r in rows if r[8]!=""))
