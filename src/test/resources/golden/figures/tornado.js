var layout = {
    title: 'Eng, expected loss avoided: ROI moves most with loss_per_incident',
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
    range: ["-0.39309980931614863","3.883913567955813"],
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
x: ["1.1947632172871094","1.2489833279048763","null","1.1947632172871094","-0.19869011034924128","null"],
y: ["discount_rate (0.02 – 0.07)","discount_rate (0.02 – 0.07)","discount_rate (0.02 – 0.07)","loss_per_incident (1,000,000 – 10,000,000)","loss_per_incident (1,000,000 – 10,000,000)","loss_per_incident (1,000,000 – 10,000,000)"],
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
x: ["1.1947632172871094","1.078451058954897","null","1.1947632172871094","3.689503868988906","null"],
y: ["discount_rate (0.02 – 0.07)","discount_rate (0.02 – 0.07)","discount_rate (0.02 – 0.07)","loss_per_incident (1,000,000 – 10,000,000)","loss_per_incident (1,000,000 – 10,000,000)","loss_per_incident (1,000,000 – 10,000,000)"],
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
x: ["1.1947632172871094","1.1947632172871094"],
y: ["discount_rate (0.02 – 0.07)","loss_per_incident (1,000,000 – 10,000,000)"],
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
name: 'base ROI 150%',
};
var trace3 =
{
x: ["0.0","0.0"],
y: ["discount_rate (0.02 – 0.07)","loss_per_incident (1,000,000 – 10,000,000)"],
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
