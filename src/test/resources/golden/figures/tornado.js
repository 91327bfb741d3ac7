var layout = {
    title: 'Eng: ROI moves most with harm_probability_per_install',
    titlefont: {
  "color" : "#000000",
  "family" : "sans-serif",
  "size" : 20
},
    height: 480,
    width: 800,
    showlegend: true,
    margin: {
  "autoexpand" : true,
  "b" : 70,
  "l" : 400,
  "pad" : 0,
  "r" : 20,
  "t" : 60
},
    xaxis: {
    title: 'ROI, % (compressed scale: linear near 0, logarithmic above +100%)',
        titlefont: {
  "color" : "#000000",
  "family" : "sans-serif",
  "size" : 16
},
    tickmode: 'array',
    tickcolor: '#444',
    ticklen: 5,
    tickwidth: 1,
    showticklabels: true,
    tickfont: {
  "color" : "#000000",
  "family" : "sans-serif",
  "size" : 14
},
    ticktext: ["0","+100%","+1,000%"],
    tickvals: [0.0, 0.8813735870195429, 2.99822295029797],
    showtickprefix: 'all',
    showticksuffix: 'all',
    autorange: 'false',
    gridcolor: '#DDDDDD',
    zerolinecolor: '#999999',
    zeroline: true,
    range: ["-0.4546917722285634","5.283854976889837"],
    },
    yaxis: {
    title: '',
        titlefont: {
  "color" : "#000000",
  "family" : "sans-serif",
  "size" : 16
},
    gridcolor: '#DDDDDD',
    zerolinecolor: '#999999',
    zeroline: true,
    },
};
var config = {};
var trace0 =
{
x: ["2.6045295030097653","2.603279819468003","null","2.6045295030097653","2.6013488518091874","null","2.6045295030097653","2.5987084475367785","null","2.6045295030097653","2.6612870965912694","null","2.6045295030097653","2.869482689428138","null","2.6045295030097653","1.780037800015393","null","2.6045295030097653","-0.19384873817772694","null","2.6045295030097653","-0.1938487381777267","null"],
y: ["security_commits_change (1.86 – 3.17)","security_commits_change (1.86 – 3.17)","security_commits_change (1.86 – 3.17)","hours_per_security_commit (2.00 – 10.00)","hours_per_security_commit (2.00 – 10.00)","hours_per_security_commit (2.00 – 10.00)","discount_rate (0.0500 – 0.150)","discount_rate (0.0500 – 0.150)","discount_rate (0.0500 – 0.150)","overhead_share (0.100 – 0.300)","overhead_share (0.100 – 0.300)","overhead_share (0.100 – 0.300)","evaluation_years (1.00 – 3.00)","evaluation_years (1.00 – 3.00)","evaluation_years (1.00 – 3.00)","attribution_share_registry (0.250 – 0.750)","attribution_share_registry (0.250 – 0.750)","attribution_share_registry (0.250 – 0.750)","installs_per_exposure_hour (1.00 – 100.00)","installs_per_exposure_hour (1.00 – 100.00)","installs_per_exposure_hour (1.00 – 100.00)","harm_probability_per_install (1.00e-05 – 0.00100)","harm_probability_per_install (1.00e-05 – 0.00100)","harm_probability_per_install (1.00e-05 – 0.00100)"],
mode: 'lines',
line: {
  "color" : "#E69F00",
  "dash" : "solid",
  "shape" : "linear",
  "simplify" : true,
  "smoothing" : 1.0,
  "width" : 18.0
},
xaxis: 'x',
yaxis: 'y',
type: 'scatter',
name: 'parameter at its low value',
};
var trace1 =
{
x: ["2.6045295030097653","2.6061399727701247","null","2.6045295030097653","2.6098084518141627","null","2.6045295030097653","2.610104252417001","null","2.6045295030097653","2.5501524822445205","null","2.6045295030097653","2.5273654799043053","null","2.6045295030097653","3.0534158027670157","null","2.6045295030097653","5.023011942839001","null","2.6045295030097653","5.023011942839001","null"],
y: ["security_commits_change (1.86 – 3.17)","security_commits_change (1.86 – 3.17)","security_commits_change (1.86 – 3.17)","hours_per_security_commit (2.00 – 10.00)","hours_per_security_commit (2.00 – 10.00)","hours_per_security_commit (2.00 – 10.00)","discount_rate (0.0500 – 0.150)","discount_rate (0.0500 – 0.150)","discount_rate (0.0500 – 0.150)","overhead_share (0.100 – 0.300)","overhead_share (0.100 – 0.300)","overhead_share (0.100 – 0.300)","evaluation_years (1.00 – 3.00)","evaluation_years (1.00 – 3.00)","evaluation_years (1.00 – 3.00)","attribution_share_registry (0.250 – 0.750)","attribution_share_registry (0.250 – 0.750)","attribution_share_registry (0.250 – 0.750)","installs_per_exposure_hour (1.00 – 100.00)","installs_per_exposure_hour (1.00 – 100.00)","installs_per_exposure_hour (1.00 – 100.00)","harm_probability_per_install (1.00e-05 – 0.00100)","harm_probability_per_install (1.00e-05 – 0.00100)","harm_probability_per_install (1.00e-05 – 0.00100)"],
mode: 'lines',
line: {
  "color" : "#0072B2",
  "dash" : "solid",
  "shape" : "linear",
  "simplify" : true,
  "smoothing" : 1.0,
  "width" : 18.0
},
xaxis: 'x',
yaxis: 'y',
type: 'scatter',
name: 'parameter at its high value',
};
var trace2 =
{
x: ["2.6045295030097653","2.6045295030097653","2.6045295030097653","2.6045295030097653","2.6045295030097653","2.6045295030097653","2.6045295030097653","2.6045295030097653"],
y: ["security_commits_change (1.86 – 3.17)","hours_per_security_commit (2.00 – 10.00)","discount_rate (0.0500 – 0.150)","overhead_share (0.100 – 0.300)","evaluation_years (1.00 – 3.00)","attribution_share_registry (0.250 – 0.750)","installs_per_exposure_hour (1.00 – 100.00)","harm_probability_per_install (1.00e-05 – 0.00100)"],
mode: 'lines',
line: {
  "color" : "#000000",
  "dash" : "dash",
  "shape" : "linear",
  "simplify" : true,
  "smoothing" : 1.0,
  "width" : 2.0
},
xaxis: 'x',
yaxis: 'y',
type: 'scatter',
name: 'base ROI 672.5%',
};
var trace3 =
{
x: ["0.0","0.0","0.0","0.0","0.0","0.0","0.0","0.0"],
y: ["security_commits_change (1.86 – 3.17)","hours_per_security_commit (2.00 – 10.00)","discount_rate (0.0500 – 0.150)","overhead_share (0.100 – 0.300)","evaluation_years (1.00 – 3.00)","attribution_share_registry (0.250 – 0.750)","installs_per_exposure_hour (1.00 – 100.00)","harm_probability_per_install (1.00e-05 – 0.00100)"],
mode: 'lines',
line: {
  "color" : "#999999",
  "dash" : "dash",
  "shape" : "linear",
  "simplify" : true,
  "smoothing" : 1.0,
  "width" : 2.0
},
xaxis: 'x',
yaxis: 'y',
type: 'scatter',
name: 'break-even (ROI = 0)',
};
var data = [trace0, trace1, trace2, trace3];
