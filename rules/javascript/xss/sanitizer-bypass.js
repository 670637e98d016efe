const Handlebars = require('handlebars');
const Mustache = require('mustache');
const ejs = require('ejs');
const nunjucks = require('nunjucks');

Handlebars.registerHelper('bio', function (text) {
  // expect: xss
  return new Handlebars.SafeString('<p>' + text + '</p>');
});

Handlebars.registerHelper('bold', function (text) {
  // safe: xss
  return new Handlebars.SafeString('<b>' + Handlebars.escapeExpression(text) + '</b>');
});

// expect: xss
Mustache.escape = function (text) { return text; };

// expect: xss
nunjucks.configure('views', { autoescape: false });
// safe: xss
nunjucks.configure('views', { autoescape: true });

function renderPage(req, res) {
  // expect: xss
  const html = ejs.render(PAGE, { name: req.query.name }, { escape: (s) => s });
  // safe: xss
  const page = ejs.render(PAGE, { name: req.query.name }, { escape: escapeHtml });
  res.type('text/plain').send(html + page);
}

angular.module('app').controller('BioCtrl', function ($scope, $sce, $location) {
  // expect: xss
  $scope.bio = $sce.trustAsHtml($location.search().bio);
  // safe: xss
  $scope.banner = $sce.trustAsHtml('<b>Welcome</b>');
});

angular.module('app').config(function ($sceProvider) {
  // expect: xss
  $sceProvider.enabled(false);
});

$(function () {
  // expect: xss
  $(location.hash).show();
  // safe: xss
  $('#tabs').show();
  // safe: xss
  $('#title').text(location.hash.slice(1));
});
